import { mayNeedUpdate, type VersionSet } from '../../shared/site/device-check.js';
import { nextStep, planSteps, type StepEnd } from '../../shared/site/device-plan.js';
import { combineSteps, type DeviceResult } from '../../shared/site/device-result.js';
import type { ConnectedOutlet } from '../outlet/connect-outlet.js';
import {
  checkConnected,
  connectDevice,
  failedCheck,
  isNotAnOutlet,
  readAfter,
} from './device-reads.js';
import {
  StepNotJournaled,
  type DeviceWork,
  type DeviceWorkContext,
  type DeviceWorkDeps,
} from './device-work.js';
import { runEngineStep, waitForDeco } from './engine-step.js';
import { recoverStep } from './recover-step.js';

/**
 * The work for one device: re-check a step a crash interrupted, connect, check, hold a
 * critical device back unless confirmed, then the planned steps (outlet, then Deco), each
 * journaled before it starts, and a last read for the report's "after" versions.
 */
export function deviceWorker(deps: DeviceWorkDeps): DeviceWork {
  return async (context) => {
    const opened: ConnectedOutlet[] = [];
    try {
      await work(context, deps, (outlet) => opened.push(outlet));
    } finally {
      for (const outlet of opened) outlet.session.close();
    }
  };
}

async function work(
  context: DeviceWorkContext,
  deps: DeviceWorkDeps,
  hold: (outlet: ConnectedOutlet) => void,
): Promise<void> {
  const { device } = context;
  const { clock } = deps.reach;
  const id = device.spec.id;
  const finish = (result: DeviceResult, reason: string | null, after: VersionSet | null) =>
    context.commit(
      { type: 'device-finished', at: clock.now(), deviceId: id, result, reason, after },
      false,
    );
  const done: StepEnd[] = [...device.runSteps];

  const active = device.activeStep;
  let outlet = active ? await recoverStep(context, active, deps, done) : null;
  if (outlet) hold(outlet);

  context.progress({ target: null, fraction: 0, status: 'Connecting' });
  if (outlet === null) {
    const connected = await connectDevice(device.spec.address, deps.reach);
    if (!connected.ok) {
      await context.commit(
        {
          type: 'device-checked',
          at: clock.now(),
          deviceId: id,
          check: failedCheck(connected.error, clock.now()),
        },
        false,
      );
      await finish(
        isNotAnOutlet(connected.error) ? 'failed' : 'unreachable',
        connected.error.message,
        null,
      );
      return;
    }
    outlet = connected.value;
    hold(outlet);
  }
  if (device.serial !== null && outlet.info.serial !== device.serial) {
    await finish(
      'failed',
      `A different outlet (serial ${outlet.info.serial}) now answers at this address; nothing was sent to it.`,
      null,
    );
    return;
  }
  const check = await checkConnected(outlet, clock);
  await context.commit({ type: 'device-checked', at: clock.now(), deviceId: id, check }, false);

  const stepsBegun = done.length > 0 || active !== null;
  if (device.spec.critical && !context.isConfirmed() && !stepsBegun && mayNeedUpdate(check)) {
    await finish(
      'needs-confirmation',
      'Critical device: not restarted without a confirmation for it.',
      check.versions,
    );
    return;
  }

  const plan = planSteps(check.deco !== null || device.firstCheck?.deco != null);
  for (let target = nextStep(plan, done); target !== null; target = nextStep(plan, done)) {
    const index = plan.indexOf(target);
    if (target === 'deco') await waitForDeco(outlet, deps);
    const from = done.length === 0 ? check.versions : ((await readAfter(outlet)) ?? check.versions);
    const started = await context.commit(
      {
        type: 'step-started',
        at: clock.now(),
        deviceId: id,
        target,
        serial: outlet.info.serial,
        from,
      },
      true,
    );
    if (!started) throw new StepNotJournaled(id);
    const outcome = await runEngineStep(deps.ota, outlet, target, deps.timeouts, (snapshot) =>
      context.progress({
        target,
        fraction: (index + snapshot.progress) / plan.length,
        status: snapshot.status,
      }),
    );
    const record = {
      type: 'step-finished',
      at: clock.now(),
      deviceId: id,
      target,
      outcome,
      recovered: false,
    } as const;
    await context.commit(record, false);
    done.push(record);
  }
  context.progress({ target: null, fraction: 1, status: 'Reading the versions back' });
  const ending = combineSteps(plan, done);
  await finish(ending.result, ending.reason, await readAfter(outlet));
}
