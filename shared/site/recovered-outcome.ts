import type { OtaOutcome, OtaTarget, Outcome, ReasonCode } from '../model/ota.js';
import { reasonText } from '../ota/reason-text.js';
import type { VersionSet } from './device-check.js';

/** What a re-check after a crash found, in the form the engine reports outcomes. */
export type RecoveredFinding =
  | { readonly kind: 'moved'; readonly toVersion: string }
  | { readonly kind: 'current' }
  | { readonly kind: 'unreachable' }
  | { readonly kind: 'still-busy' }
  | { readonly kind: 'wrong-device'; readonly serial: string };

/** What a step that was under way when the app died turned out to be, or "run it again". */
export type RecheckVerdict = RecoveredFinding | { readonly kind: 'rerun' };

function fromOf(target: OtaTarget, from: VersionSet): string | null {
  return target === 'outlet' ? from.outlet : from.deco;
}

/**
 * An engine-shaped outcome for a step decided by reading the device after a crash, so the
 * report and the exit status treat it like any other. One attempt is counted for it (a 21
 * may have been sent before the crash); `method` is unknown, hence null.
 */
export function recoveredOutcome(
  target: OtaTarget,
  from: VersionSet,
  finding: RecoveredFinding,
): OtaOutcome {
  const fromVersion = fromOf(target, from);
  const part = target === 'outlet' ? 'outlet' : 'faceplate';
  let outcome: Outcome;
  let toVersion: string | null = null;
  let reasonCode: ReasonCode | null = null;
  let reason: string | null = null;
  switch (finding.kind) {
    case 'moved':
      outcome = 'updated';
      toVersion = finding.toVersion;
      break;
    case 'current':
      outcome = 'already-current';
      toVersion = fromVersion;
      break;
    case 'unreachable':
      outcome = 'unreachable';
      reasonCode = 'not-back';
      reason = reasonText('not-back', { target, version: fromVersion });
      break;
    case 'still-busy':
      outcome = 'unreachable';
      reasonCode = 'lost-contact';
      reason = `The ${part} was still busy updating when the re-check after the restart gave up; read its version again later.`;
      break;
    case 'wrong-device':
      outcome = 'failed';
      reason = `A different outlet (serial ${finding.serial}) now answers at this address; nothing was sent to it.`;
      break;
  }
  const attempt = { method: null, result: outcome, reasonCode, reason };
  return {
    outcome,
    target,
    method: null,
    fromVersion,
    toVersion,
    reasonCode,
    reason,
    attempts: [attempt],
  };
}
