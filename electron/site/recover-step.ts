import type { StepEnd } from '../../shared/site/device-plan.js';
import type { ActiveStep } from '../../shared/site/job-state.js';
import { recoveredOutcome } from '../../shared/site/recovered-outcome.js';
import type { ConnectedOutlet } from '../outlet/connect-outlet.js';
import type { DeviceWorkContext, DeviceWorkDeps } from './device-work.js';
import { recheckStep } from './recheck-step.js';

/**
 * The step a crash interrupted: re-checked by reading the device, never by sending 21 again.
 * Unless the step must run again, its outcome is journaled (marked recovered) and added to
 * `done`, so the plan carries on after it. Returns the connection the re-check opened.
 */
export async function recoverStep(
  context: DeviceWorkContext,
  active: ActiveStep,
  deps: DeviceWorkDeps,
  done: StepEnd[],
): Promise<ConnectedOutlet | null> {
  const { clock } = deps.reach;
  const deviceId = context.device.spec.id;
  context.progress({
    target: active.target,
    fraction: 0,
    status: 'Re-checking after a restart of the updater',
  });
  const recheck = await recheckStep(active, context.device.spec.address, deps.reach, deps.timeouts);
  if (recheck.verdict.kind !== 'rerun') {
    const outcome = recoveredOutcome(active.target, active.from, recheck.verdict);
    const record = {
      type: 'step-finished',
      at: clock.now(),
      deviceId,
      target: active.target,
      outcome,
      recovered: true,
    } as const;
    await context.commit(record, false);
    done.push(record);
  }
  return recheck.outlet;
}
