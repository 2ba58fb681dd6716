import type { DeviceState, OtaMethod, OtaTarget } from './device-state.js';
import { otaOutcome, type OtaOutcome } from './scenarios.js';
import type { ScenarioName, SimRevision } from './types.js';

export interface OtaRequest {
  target: OtaTarget;
  method: OtaMethod;
}

export type DeclineReason = 'busy' | 'deco-unavailable' | 'up-to-date' | 'declined';

/**
 * What the device does with a 21, decided before anything is sent:
 * - reply-0: PUBACK 0 and nothing else;
 * - decline-after-restart: revB outlet target, which never replies to 21 (protocol.md §3.3):
 *   it restarts and then reports the failure as the synchronous 21 [1,0];
 * - accept: the update runs and ends as `outcome`.
 */
export type OtaDecision =
  | { kind: 'reply-0'; reason: DeclineReason }
  | { kind: 'decline-after-restart'; reason: DeclineReason }
  | { kind: 'accept'; outcome: OtaOutcome };

/** Parses `callbackArgs` of 21; a missing method means 0 (the early app sent `[1]`). */
export function parseOtaArgs(args: unknown): OtaRequest | null {
  if (!Array.isArray(args)) return null;
  const [target, method = 0] = args as unknown[];
  if (target !== 1 && target !== 2) return null;
  if (method !== 0 && method !== 1) return null;
  return { target, method };
}

export function decideOta(
  state: DeviceState,
  scenario: ScenarioName,
  rev: SimRevision,
  request: OtaRequest,
): OtaDecision {
  if (state.otaBusy) return { kind: 'reply-0', reason: 'busy' };
  if (request.target === 2 && !state.decoOnline) {
    return { kind: 'reply-0', reason: 'deco-unavailable' };
  }
  const reason: DeclineReason | null = state.isCurrent(request.target)
    ? 'up-to-date'
    : scenario === 'declined'
      ? 'declined'
      : null;
  if (reason !== null) {
    return rev === 'B' && request.target === 1
      ? { kind: 'decline-after-restart', reason }
      : { kind: 'reply-0', reason };
  }
  return { kind: 'accept', outcome: otaOutcome(scenario, request.target, request.method) };
}
