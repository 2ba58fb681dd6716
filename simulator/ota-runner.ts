import type { Device } from './device.js';
import type { OtaTarget } from './device-state.js';
import type { ClientLink } from './link.js';
import { decideOta, type OtaRequest } from './ota-plan.js';
import { rebootDeco, rebootOutlet } from './reboot.js';
import type { OtaOutcome } from './scenarios.js';
import { SimulatorClosedError } from './scheduler.js';

/** Device-time durations of one update (divided by speed). No figures are published (Q10). */
const TIMING = {
  /** revB deco: PUBACK 1 goes out before the restart or the synchronous 21. */
  afterAckMs: 100,
  /** From listening again (or from the ack) to the junk `23 [t,0]`: "download starts". */
  downloadStartMs: 300,
  /** From the junk 23 to the first 22; with it, the sync-21 window is about 2 s. */
  firstProgressMs: 1700,
  progressIntervalMs: 1000,
  /** Between `23 [t,1]` and the reboot, so the result push leaves first. */
  resultToRebootMs: 200,
  /** revB decline: how long clients that connect still get the synchronous 21 [1,0]. */
  declineWindowMs: 3000,
};
const PROGRESS_STEP = 10;
/** 'stall' stops after this progress; 'deco-wifi-fails' fails after this one. */
const STALL_AT = 20;
const FAIL_AT = 40;

/**
 * Handles an accepted-or-not 21 (protocol.md §3.3, §4). Replies right away where the
 * device replies, then runs the scripted sequence in the background; a close() ends it
 * through SimulatorClosedError.
 */
export function startOta(
  device: Device,
  link: ClientLink,
  packetID: number,
  request: OtaRequest,
): void {
  const { scenario, rev } = device.options;
  const decision = decideOta(device.state, scenario, rev, request);
  device.log('ota-decision', { ...request, ...decision });
  if (decision.kind === 'reply-0') {
    device.reply(link, device.messages.reply(packetID, 0));
    return;
  }
  device.state.otaBusy = true;
  if (decision.kind === 'decline-after-restart') {
    run(device, declineAfterRestart(device));
    return;
  }
  // revB never answers an outlet-target 21: it restarts at once (protocol.md §3.3).
  if (rev === 'A' || request.target === 2) device.reply(link, device.messages.reply(packetID, 1));
  run(device, accepted(device, request, decision.outcome));
}

function run(device: Device, sequence: Promise<void>): void {
  sequence.catch((error: unknown) => {
    if (!(error instanceof SimulatorClosedError)) device.log('error', String(error));
  });
}

/** revB, outlet target, nothing to install: restart, then tell reconnecting clients 21 [1,0]. */
async function declineAfterRestart(device: Device): Promise<void> {
  await restart(device, sendsSync21(device) ? [1, 0] : null);
  await device.scheduler.sleep(TIMING.declineWindowMs);
  device.closeSyncWindow();
  finish(device, 'declined');
}

async function accepted(device: Device, request: OtaRequest, outcome: OtaOutcome): Promise<void> {
  const { target, method } = request;
  const { options, scheduler } = device;
  const revB = options.rev === 'B';
  const sync = sendsSync21(device);
  if (revB && (target === 1 || method === 1)) {
    if (target === 2) await scheduler.sleep(TIMING.afterAckMs);
    await restart(device, sync ? [target, 1] : null);
  } else if (sync) {
    await scheduler.sleep(TIMING.afterAckMs);
    device.openSyncWindow(target, 1);
  }

  await scheduler.sleep(TIMING.downloadStartMs);
  device.push(23, [target, 0]); // the junk result every update starts with (protocol.md §5.1)
  await scheduler.sleep(TIMING.firstProgressMs);

  // revA outlet: the web-UI partition (type 3) comes first; its 23 [3,1] is not terminal.
  const phases: Array<OtaTarget | 3> = !revB && target === 1 ? [3, 1] : [target];
  for (const type of phases) {
    const last = outcome === 'stall' ? STALL_AT : outcome === 'fails' ? FAIL_AT : 100;
    await progress(device, type, last);
    if (outcome === 'stall') {
      device.log('stalled', { type });
      await scheduler.forever();
    }
    device.push(23, [type, outcome === 'fails' ? 0 : 1]);
    if (outcome === 'fails') {
      finish(device, 'failed');
      return;
    }
  }

  await scheduler.sleep(TIMING.resultToRebootMs);
  if (target === 1) await rebootOutlet(device, outcome);
  else await rebootDeco(device, outcome);
  finish(device, outcome);
}

/** Only revB sends the synchronous 21, and not in 'no-sync-21'. */
function sendsSync21(device: Device): boolean {
  return device.options.rev === 'B' && device.options.scenario !== 'no-sync-21';
}

/**
 * The revB restart right after 21: down for restartDowntimeMs, then listening again on the
 * same port; the sync-21 window opens just before, so even the quickest client gets it.
 */
async function restart(device: Device, sync: [OtaTarget, 0 | 1] | null): Promise<void> {
  await device.goDown('restart');
  await device.scheduler.sleep(device.options.restartDowntimeMs);
  if (sync !== null) device.openSyncWindow(...sync);
  await device.comeBack();
}

/** The device accepts a new 21 again. */
function finish(device: Device, result: string): void {
  device.state.otaBusy = false;
  device.log('ota-end', { result });
}

/** 22 [type, 0..last] about a second apart; the first one ends the sync-21 window. */
async function progress(device: Device, type: OtaTarget | 3, last: number): Promise<void> {
  for (let percent = 0; percent <= last; percent += PROGRESS_STEP) {
    if (percent > 0) await device.scheduler.sleep(jittered(device, TIMING.progressIntervalMs));
    device.closeSyncWindow();
    device.push(22, [type, percent]);
  }
  await device.scheduler.sleep(jittered(device, TIMING.progressIntervalMs));
}

/** ±10 %: real progress pushes are not metronomic. */
function jittered(device: Device, ms: number): number {
  return ms * (0.9 + device.jitter.next() * 0.2);
}
