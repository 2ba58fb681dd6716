import type { Attempt, Outcome, ReasonCode } from '../model/ota.js';
import { reasonText } from './reason-text.js';
import type { OtaContext, OtaEffect, OtaRun, OtaState, Step, TimerName } from './types.js';

const ALL_TIMERS: readonly TimerName[] = ['stall', 'reboot', 'verify', 'poll'];

export function step(
  context: OtaContext,
  state: OtaState,
  effects: readonly OtaEffect[] = [],
): Step {
  return { run: { context, state }, effects };
}

/** The event does not apply in this state: nothing changes. */
export function unchanged(run: OtaRun, note?: string): Step {
  return { run, effects: note ? [{ type: 'log', level: 'info', message: note }] : [] };
}

export function arm(timer: TimerName, ms: number): OtaEffect {
  return { type: 'arm', timer, ms };
}

export function disarm(timer: TimerName): OtaEffect {
  return { type: 'disarm', timer };
}

export function disarmAll(): OtaEffect[] {
  return ALL_TIMERS.map(disarm);
}

export function log(message: string, level: 'info' | 'warn' = 'info'): OtaEffect {
  return { type: 'log', level, message };
}

/** Ends the run. `attempt` is the attempt that just ended, if one was under way. */
export function finish(
  context: OtaContext,
  outcome: Outcome,
  details: { reasonCode: ReasonCode | null; toVersion: string | null; recordAttempt: boolean },
): Step {
  const reason = details.reasonCode
    ? reasonText(details.reasonCode, {
        target: context.target,
        version: details.reasonCode === 'same-version' ? details.toVersion : context.fromVersion,
      })
    : null;
  const attempts: Attempt[] = details.recordAttempt
    ? [
        ...context.attempts,
        { method: context.method, result: outcome, reasonCode: details.reasonCode, reason },
      ]
    : [...context.attempts];
  const finalContext: OtaContext = { ...context, attempts, lastReason: details.reasonCode };
  return step(
    finalContext,
    {
      name: 'finished',
      outcome: {
        outcome,
        target: context.target,
        method: context.method,
        fromVersion: context.fromVersion,
        toVersion: details.toVersion,
        reasonCode: details.reasonCode,
        reason,
        attempts,
      },
    },
    disarmAll(),
  );
}
