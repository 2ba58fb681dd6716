import type { DeviceView, OtaView } from '../../../shared/ipc/contract.js';
import type { AvailableUpdates, DeviceInfo } from '../../../shared/model/device.js';
import { DEFAULT_TIMEOUTS, type MethodChoice, type OtaTarget } from '../../../shared/model/ota.js';
import { overallProgress } from '../../../shared/ota/progress.js';
import { statusText } from '../../../shared/ota/status-text.js';
import { initialRun, transition } from '../../../shared/ota/transition.js';
import type { OtaEvent, OtaRun } from '../../../shared/ota/types.js';

export const SERIAL = '0003C44076';
export const T0 = Date.UTC(2025, 0, 15, 9, 0, 0);

export const DECO: NonNullable<DeviceInfo['deco']> = {
  serial: 'D-1',
  online: true,
  model: 'InvisDeco',
  variant: 'Aura',
  version: '0.5.0',
  hardwareRevision: null,
  radarVersion: null,
};

export const INFO: DeviceInfo = {
  serial: SERIAL,
  model: 'InvisOutlet',
  hardwareRevision: 'revA',
  isRevB: false,
  outletVersion: '1.0.0',
  mac: 'AA:BB:CC:DD:EE:FF',
  deco: DECO,
};

export const UPDATES: AvailableUpdates = {
  outlet: { current: '1.0.0', available: '1.1.0', hasUpdate: true },
  web: { current: '0.1.2', available: '0.1.2', hasUpdate: false },
  deco: { current: '0.5.0', available: '0.5.1', hasUpdate: true },
};

export function deviceView(overrides: Partial<DeviceView> = {}): DeviceView {
  return {
    deviceId: SERIAL,
    host: '192.168.1.20',
    transport: 'ws',
    info: INFO,
    updates: UPDATES,
    updatesError: null,
    link: 'up',
    demo: false,
    ...overrides,
  };
}

/** Drives the real shared machine, so fixtures can never describe an impossible run. */
export function runAfter(
  target: OtaTarget,
  choice: MethodChoice,
  events: readonly OtaEvent[],
  info: DeviceInfo = INFO,
  updates: AvailableUpdates | null = UPDATES,
): OtaRun {
  let run = initialRun(target, choice, DEFAULT_TIMEOUTS).run;
  for (const event of [{ type: 'checked', at: T0, info, updates } as const, ...events]) {
    run = transition(run, event).run;
  }
  return run;
}

export function otaView(run: OtaRun, overrides: Partial<OtaView> = {}): OtaView {
  return {
    deviceId: SERIAL,
    runId: 'run-1',
    startedAt: T0,
    at: T0,
    progress: overallProgress(run),
    status: statusText(run),
    run,
    ...overrides,
  };
}

// Named moments of a run, for the step tests.
export const at = (seconds: number) => T0 + seconds * 1000;

export const outletDownloading = (percent: number) =>
  runAfter('outlet', 'auto', [
    { type: 'ota-ack', at: at(1), accepted: true },
    { type: 'progress', at: at(2), deviceType: 1, percent },
  ]);

export const outletRebooting = () =>
  runAfter('outlet', 'auto', [
    { type: 'ota-ack', at: at(1), accepted: true },
    { type: 'progress', at: at(2), deviceType: 1, percent: 100 },
    { type: 'result', at: at(30), deviceType: 1, success: true },
  ]);

/** revB: the link drops right after 21, before any progress. */
export const outletAwaitingRestart = () =>
  runAfter('outlet', 'auto', [{ type: 'link-lost', at: at(1) }], { ...INFO, isRevB: true });

export const outletUpdated = () =>
  runAfter('outlet', 'auto', [
    { type: 'ota-ack', at: at(1), accepted: true },
    { type: 'progress', at: at(2), deviceType: 1, percent: 100 },
    { type: 'result', at: at(30), deviceType: 1, success: true },
    { type: 'link-lost', at: at(31) },
    { type: 'link-restored', at: at(60) },
    {
      type: 'version-read',
      at: at(61),
      read: {
        outletVersion: '1.1.0',
        webVersion: '0.1.2',
        deco: { online: true, version: '0.5.0' },
      },
    },
  ]);

export const outletNotBack = () =>
  runAfter('outlet', 'auto', [
    { type: 'link-lost', at: at(1) },
    { type: 'timer', at: at(181), timer: 'reboot' },
  ]);

export const decoAlreadyCurrent = () =>
  runAfter('deco', 'auto', [], INFO, {
    ...UPDATES,
    deco: { current: '0.5.0', available: '0.5.0', hasUpdate: false },
  });

/** Deco on Automatic: Wi-Fi stalled, the machine moved on to InvisOutlet. */
export const decoFallingBack = () =>
  runAfter('deco', 'auto', [
    { type: 'ota-ack', at: at(1), accepted: true },
    { type: 'progress', at: at(2), deviceType: 2, percent: 10 },
    { type: 'timer', at: at(62), timer: 'stall' },
  ]);

/** Deco on Wi-Fi only: the faceplate reported a failure. */
export const decoWifiFailed = () =>
  runAfter('deco', 'wifi', [
    { type: 'ota-ack', at: at(1), accepted: true },
    { type: 'progress', at: at(2), deviceType: 2, percent: 40 },
    { type: 'result', at: at(3), deviceType: 2, success: false },
  ]);

/** The first state of every run, before the device has been read. */
export const checkingRun = (target: OtaTarget = 'outlet', choice: MethodChoice = 'auto') =>
  initialRun(target, choice, DEFAULT_TIMEOUTS).run;
