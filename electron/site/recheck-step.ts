import type { OtaTimeouts } from '../../shared/model/ota.js';
import type { DeviceAddress } from '../../shared/site/device-address.js';
import { movedVersion } from '../../shared/site/device-check.js';
import type { ActiveStep } from '../../shared/site/job-state.js';
import type { RecheckVerdict } from '../../shared/site/recovered-outcome.js';
import { readAvailableUpdates } from '../outlet/device-reads.js';
import type { ConnectedOutlet } from '../outlet/connect-outlet.js';
import type { Push } from '../outlet/outlet-session.js';
import { readVersions } from '../ota/read-versions.js';
import { connectDevice, type ReachOptions } from './device-reads.js';
import { sleep } from './wait.js';

export interface Recheck {
  readonly verdict: RecheckVerdict;
  /** The open connection, to carry on with the device's next step; null if none. */
  readonly outlet: ConnectedOutlet | null;
}

/** 21/22/23 pushes for the step's target: the device is still busy with the update. */
function isActivity(push: Push, step: ActiveStep): boolean {
  if (![21, 22, 23].includes(push.callbackName) || !Array.isArray(push.args)) return false;
  const type: unknown = push.args[0];
  return step.target === 'outlet' ? type === 1 || type === 3 : type === 2;
}

/**
 * After a crash, finds out what became of a step without sending 21 again. The device keeps
 * updating on its own while we are gone, so: reconnect (retrying while it reboots), then read
 * the version until it moves (updated: record it, do not resend). While 22/23 pushes or a
 * rebooting link show it is still busy, keep waiting; once it has been quiet for the stall
 * time with the old version, ask 20: an update still on offer means the step never took
 * effect and may run again. Bounded by the reboot plus verify timeouts.
 */
export async function recheckStep(
  step: ActiveStep,
  address: DeviceAddress,
  reach: ReachOptions,
  timeouts: OtaTimeouts,
): Promise<Recheck> {
  const { clock } = reach;
  const deadline = clock.now() + timeouts.rebootMs + timeouts.verifyMs;
  let outlet: ConnectedOutlet | null = null;
  while (outlet === null) {
    const connected = await connectDevice(address, reach);
    if (connected.ok) outlet = connected.value;
    else if (clock.now() + timeouts.pollMs >= deadline)
      return { verdict: { kind: 'unreachable' }, outlet: null };
    else await sleep(clock, timeouts.pollMs);
  }
  if (outlet.info.serial !== step.serial) {
    return { verdict: { kind: 'wrong-device', serial: outlet.info.serial }, outlet };
  }
  const { session } = outlet;
  let lastActivity = clock.now();
  const offPush = session.onPush((push) => {
    if (isActivity(push, step)) lastActivity = clock.now();
  });
  const offLink = session.onLink(() => (lastActivity = clock.now()));
  session.setReconnectMode('fast');
  try {
    while (clock.now() < deadline) {
      if (session.isUp) {
        const read = await readVersions(session, false);
        const moved = read
          ? movedVersion(step.target, step.from, {
              outlet: read.outletVersion,
              deco: read.deco?.version ?? null,
            })
          : null;
        if (moved !== null) return { verdict: { kind: 'moved', toVersion: moved }, outlet };
        if (step.target === 'deco' && read && read.deco === null) lastActivity = clock.now();
        if (session.isUp && clock.now() - lastActivity >= timeouts.stallMs) {
          return { verdict: await quietVerdict(outlet, step), outlet };
        }
      }
      await sleep(clock, timeouts.pollMs);
    }
    return { verdict: { kind: session.isUp ? 'still-busy' : 'unreachable' }, outlet };
  } finally {
    offPush();
    offLink();
    session.setReconnectMode('normal');
  }
}

/**
 * Quiet and not moved: run again only if 20 still offers something (or cannot say: the
 * engine's own check decides then). A revA web-UI-only step counts as moved when the web
 * version changed and no firmware is left to install.
 */
async function quietVerdict(outlet: ConnectedOutlet, step: ActiveStep): Promise<RecheckVerdict> {
  const updates = await readAvailableUpdates(outlet.session);
  if (!updates.ok) return { kind: 'rerun' };
  const { web, deco } = updates.value;
  if (step.target === 'deco') return deco?.hasUpdate ? { kind: 'rerun' } : { kind: 'current' };
  const webNow = web?.current ?? null;
  if (
    !updates.value.outlet.hasUpdate &&
    webNow !== null &&
    step.from.web !== null &&
    webNow !== step.from.web
  ) {
    return { kind: 'moved', toVersion: updates.value.outlet.current ?? webNow };
  }
  return updates.value.outlet.hasUpdate || web?.hasUpdate ? { kind: 'rerun' } : { kind: 'current' };
}
