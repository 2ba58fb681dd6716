import { outcomeText } from '../ota/outcome-text.js';
import type { OtaTarget } from '../model/ota.js';
import { skippedSteps, type StepEnd } from './device-plan.js';

/**
 * How a device ended in a site job. The engine's four truthful endings, plus two of the
 * job's own: `needs-confirmation` (critical, not confirmed, nothing sent) and `not-run`
 * (the job was cancelled or stopped before it started).
 */
export type DeviceResult =
  'updated' | 'already-current' | 'failed' | 'unreachable' | 'needs-confirmation' | 'not-run';

export interface DeviceEnding {
  readonly result: DeviceResult;
  readonly reason: string | null;
}

const PART: Record<OtaTarget, string> = { outlet: 'Outlet', deco: 'Faceplate' };

/**
 * A device's result from its steps: failed beats unreachable (a known failure is the more
 * useful thing to report), which beats updated, which beats already current.
 */
export function combineSteps(plan: readonly OtaTarget[], steps: readonly StepEnd[]): DeviceEnding {
  const outcomes = steps.map((step) => step.outcome);
  const worst =
    outcomes.find((outcome) => outcome.outcome === 'failed') ??
    outcomes.find((outcome) => outcome.outcome === 'unreachable');
  const skipped = skippedSteps(plan, steps);
  const skippedNote = skipped.includes('deco')
    ? ' The faceplate was not updated because the outlet update did not succeed.'
    : '';
  if (worst) {
    return {
      result: worst.outcome,
      reason: `${PART[worst.target]}: ${outcomeText(worst)}${skippedNote}`,
    };
  }
  const updated = outcomes.some((outcome) => outcome.outcome === 'updated');
  return { result: updated ? 'updated' : 'already-current', reason: null };
}

/** Ended well: the only results that allow exit status 0. */
export function isSuccess(result: DeviceResult | null): boolean {
  return result === 'updated' || result === 'already-current';
}

/** Counts towards the auto-pause: something on site may be wrong. */
export function isFailure(result: DeviceResult | null): boolean {
  return result === 'failed' || result === 'unreachable';
}

export const RESULT_WORDS: Record<DeviceResult, string> = {
  updated: 'Updated',
  'already-current': 'Already up to date',
  failed: 'Failed',
  unreachable: 'Unreachable',
  'needs-confirmation': 'Needs confirmation (critical)',
  'not-run': 'Not run',
};
