import type { OtaOutcome, OtaTarget } from '../model/ota.js';

/** One engine run (one target) of one device, as it ended. */
export interface StepResult {
  readonly target: OtaTarget;
  readonly outcome: OtaOutcome;
  readonly startedAt: number;
  readonly finishedAt: number;
  /** Decided after a crash by reading the version back, without sending 21 again. */
  readonly recovered: boolean;
}

/**
 * The order of a device's updates: the outlet first, then its Deco. The outlet is the
 * parent: it relays the Deco's via-InvisOutlet update and its own update restarts it, which
 * would cut a Deco update off half-way if the Deco went first (or at the same time). Updating
 * the outlet first also means the Deco update is relayed by the new outlet firmware.
 */
export function planSteps(hasDeco: boolean): OtaTarget[] {
  return hasDeco ? ['outlet', 'deco'] : ['outlet'];
}

/** What the plan needs to know of a finished step. */
export type StepEnd = Pick<StepResult, 'target' | 'outcome'>;

/** Updated or already current: the part is fine and the plan may go on. */
export function isGood(outcome: OtaOutcome): boolean {
  return outcome.outcome === 'updated' || outcome.outcome === 'already-current';
}

/**
 * The next target to run, given the steps this run already finished; null when the plan is
 * complete or stopped. A Deco step is never started after the outlet step went wrong: the
 * parent it would be relayed through is in doubt.
 */
export function nextStep(plan: readonly OtaTarget[], done: readonly StepEnd[]): OtaTarget | null {
  for (const target of plan) {
    const finished = done.filter((step) => step.target === target).at(-1);
    if (finished === undefined) return target;
    if (!isGood(finished.outcome)) return null;
  }
  return null;
}

/** The targets of the plan that were skipped because an earlier step went wrong. */
export function skippedSteps(plan: readonly OtaTarget[], done: readonly StepEnd[]): OtaTarget[] {
  if (nextStep(plan, done) !== null) return [];
  return plan.filter((target) => !done.some((step) => step.target === target));
}
