import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createUpdaterService,
  type UpdaterService,
} from '../../../electron/services/updater-service.js';
import { createUnfinishedUpdatesStore } from '../../../electron/services/unfinished-updates.js';
import { systemClock } from '../../../electron/support/clock.js';
import type { EventMap, OtaView } from '../../../shared/ipc/contract.js';
import type { OtaTimeouts } from '../../../shared/model/ota.js';
import {
  closeSimulators,
  FAST_TIMEOUTS,
  memoryLogger,
  simulator,
} from '../support/engine-harness.js';

let dataDir: string;
const services: UpdaterService[] = [];

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'invis-unfinished-'));
});
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.dispose()));
  await closeSimulators();
  rmSync(dataDir, { recursive: true, force: true });
});

/** One run of the app's main process on the shared data folder; `states` are its OTA events. */
function startApp(timeouts: OtaTimeouts = FAST_TIMEOUTS) {
  const states: OtaView[] = [];
  const service = createUpdaterService({
    clock: systemClock,
    log: memoryLogger(),
    recentFile: join(dataDir, 'recent.json'),
    emit: (channel, payload) => {
      if (channel === 'ota:state-changed') states.push(payload as EventMap['ota:state-changed']);
    },
    appInfo: () => ({ version: 'test', logPath: null, platform: 'linux' }),
    files: { chooseSavePath: async () => null, renderPdf: async () => new Uint8Array() },
    timeouts,
  });
  services.push(service);
  return { handlers: service.handlers, service, states };
}

async function startOutletUpdate(app: ReturnType<typeof startApp>, host: string, tcpPort: number) {
  const device = await app.handlers['device:connect']({ host, transport: 'tcp', tcpPort });
  if (!device.ok) throw new Error(device.error.message);
  const started = await app.handlers['ota:start']({
    deviceId: device.value.deviceId,
    target: 'outlet',
    method: 'auto',
  });
  if (!started.ok) throw new Error(started.error.message);
  return device.value;
}

describe('an update the app did not see end is kept and can be checked later', () => {
  it('quit mid-download: the next start lists it, and the check reads the new version without a second 21', async () => {
    const sim = await simulator({ rev: 'B', deco: 'none' });
    const first = startApp();
    const device = await startOutletUpdate(first, sim.host, sim.tcpPort!);
    const before = device.info.outletVersion;
    await expect
      .poll(() => first.states.some((view) => view.run.state.name === 'downloading'))
      .toBe(true);
    await first.service.dispose(); // the person quit the app; the outlet carries on alone

    const second = startApp();
    const listed = await second.handlers['ota:list-unfinished']();
    expect(listed).toMatchObject({
      ok: true,
      value: [
        {
          serial: device.deviceId,
          address: { host: sim.host, tcpPort: sim.tcpPort, wsPort: null },
          target: 'outlet',
          from: { outlet: before },
        },
      ],
    });

    const checked = await second.handlers['ota:check-unfinished']({ serial: device.deviceId });
    expect(checked).toEqual({
      ok: true,
      value: { kind: 'moved', toVersion: sim.snapshot().outletVersion },
    });
    expect(sim.snapshot().outletVersion).not.toBe(before);
    expect(sim.snapshot().otaRequests).toHaveLength(1);
    expect(await second.handlers['ota:list-unfinished']()).toEqual({ ok: true, value: [] });
  });

  it('an update seen to its end leaves nothing behind', async () => {
    const sim = await simulator({ rev: 'B', deco: 'none' });
    const app = startApp();
    const device = await startOutletUpdate(app, sim.host, sim.tcpPort!);
    // On disk while it runs (a crash now would leave it), but not offered by the app that is
    // running it: that update is on the Update step, not interrupted.
    const onDisk = JSON.parse(readFileSync(join(dataDir, 'unfinished-updates.json'), 'utf8'));
    expect(onDisk).toMatchObject([{ serial: device.deviceId, target: 'outlet' }]);
    expect(await app.handlers['ota:list-unfinished']()).toEqual({ ok: true, value: [] });
    await expect
      .poll(() => app.states.at(-1)?.run.state.name, { timeout: 15_000 })
      .toBe('finished');
    await expect
      .poll(async () => await app.handlers['ota:list-unfinished']())
      .toEqual({ ok: true, value: [] });
  });

  it('an outlet that never came back stays recorded; the next start can check it', async () => {
    const sim = await simulator({ rev: 'B', deco: 'none', scenario: 'never-returns' });
    const app = startApp({ ...FAST_TIMEOUTS, rebootMs: 1_000 });
    const device = await startOutletUpdate(app, sim.host, sim.tcpPort!);
    await expect
      .poll(() => app.states.at(-1)?.run.state, { timeout: 15_000 })
      .toMatchObject({ name: 'finished', outcome: { outcome: 'unreachable' } });

    // The run is over (no longer active; its end was handed to the recorder, whose file
    // calls run in order), but what the outlet runs is unknown: the record stays.
    await expect
      .poll(async () => await app.handlers['ota:get-active']())
      .toEqual({ ok: true, value: null });
    expect(await app.handlers['ota:list-unfinished']()).toMatchObject({
      ok: true,
      value: [{ serial: device.deviceId, target: 'outlet' }],
    });
  });

  it('an outlet that does not answer keeps its record for a later check; forgetting drops it', async () => {
    const sim = await simulator({ rev: 'B', deco: 'none' });
    const first = startApp();
    const device = await startOutletUpdate(first, sim.host, sim.tcpPort!);
    await first.service.dispose();
    await sim.close(); // gone: unplugged, or moved to another address

    const second = startApp({ ...FAST_TIMEOUTS, rebootMs: 300, verifyMs: 300 });
    const checked = await second.handlers['ota:check-unfinished']({ serial: device.deviceId });
    expect(checked).toEqual({ ok: true, value: { kind: 'unreachable' } });
    const kept = await second.handlers['ota:list-unfinished']();
    expect(kept.ok && kept.value.map((entry) => entry.serial)).toEqual([device.deviceId]);

    expect(await second.handlers['ota:forget-unfinished']({ serial: device.deviceId })).toEqual({
      ok: true,
      value: null,
    });
    expect(await second.handlers['ota:list-unfinished']()).toEqual({ ok: true, value: [] });
  });

  it('no update starts on an outlet while its interrupted update is being checked', async () => {
    const sim = await simulator({ rev: 'B', deco: 'none' });
    const serial = sim.serial;
    // An update that never took effect: the outlet is idle, still on the version before.
    await createUnfinishedUpdatesStore(
      join(dataDir, 'unfinished-updates.json'),
      memoryLogger(),
    ).add({
      serial,
      address: { host: sim.host, tcpPort: sim.tcpPort, wsPort: null },
      target: 'outlet',
      from: { outlet: sim.snapshot().outletVersion, web: null, deco: null },
      startedAt: new Date().toISOString(),
    });
    // The check waits this long for a quiet outlet before it decides: room to try a start.
    const app = startApp({ ...FAST_TIMEOUTS, stallMs: 3_000 });
    const check = app.handlers['ota:check-unfinished']({ serial });
    const device = await app.handlers['device:connect']({
      host: sim.host,
      transport: 'tcp',
      tcpPort: sim.tcpPort!,
    });
    if (!device.ok) throw new Error(device.error.message);
    const start = { deviceId: serial, target: 'outlet', method: 'auto' } as const;
    expect(await app.handlers['ota:start'](start)).toMatchObject({
      ok: false,
      error: { code: 'busy', message: expect.stringMatching(/being checked/) },
    });

    expect(await check).toEqual({ ok: true, value: { kind: 'rerun' } });
    expect(sim.snapshot().otaRequests).toEqual([]);
    expect(await app.handlers['ota:start'](start)).toMatchObject({ ok: true });
  });

  it('checking a serial with no record is a clear error value', async () => {
    const app = startApp();
    const checked = await app.handlers['ota:check-unfinished']({ serial: 'NOPE' });
    expect(checked).toMatchObject({
      ok: false,
      error: { code: 'bad-argument', message: expect.stringMatching(/No unfinished update/) },
    });
  });
});

describe('a window that loads again while main runs an update', () => {
  it('gets the running update with its device, and nothing once it has ended', async () => {
    const sim = await simulator({ rev: 'B', deco: 'none' });
    const app = startApp();
    expect(await app.handlers['ota:get-active']()).toEqual({ ok: true, value: null });
    const device = await startOutletUpdate(app, sim.host, sim.tcpPort!);

    const active = await app.handlers['ota:get-active']();
    expect(active).toMatchObject({
      ok: true,
      value: {
        device: { deviceId: device.deviceId, host: sim.host },
        view: { deviceId: device.deviceId, run: { context: { target: 'outlet' } } },
      },
    });
    await expect
      .poll(() => app.states.at(-1)?.run.state.name, { timeout: 15_000 })
      .toBe('finished');
    await expect
      .poll(async () => await app.handlers['ota:get-active']())
      .toEqual({ ok: true, value: null });
  });
});
