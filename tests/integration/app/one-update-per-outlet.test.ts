import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createUpdaterService,
  type UpdaterService,
} from '../../../electron/services/updater-service.js';
import { systemClock } from '../../../electron/support/clock.js';
import { silentLogger } from '../../../electron/support/logger.js';
import type { EventMap } from '../../../shared/ipc/contract.js';
import { closeSimulators, FAST_TIMEOUTS, simulator } from '../support/engine-harness.js';
import { closedPort } from '../support/ports.js';

let service: UpdaterService | null = null;
let dataDir: string | null = null;

afterEach(async () => {
  await service?.dispose();
  await closeSimulators();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('the app runs one update per outlet, wizard and site job together', () => {
  it('a site job cannot restart an outlet the wizard is already updating', async () => {
    // revA at 10x: the outlet stays reachable through its long web-UI phase, so the site job
    // really reaches it while the wizard's update is still running.
    const sim = await simulator({ rev: 'A', deco: 'none', speed: 10 });
    const tcpPort = await closedPort();
    dataDir = mkdtempSync(join(tmpdir(), 'invis-app-'));
    const jobEvents: EventMap['site:job-changed'][] = [];
    service = createUpdaterService({
      clock: systemClock,
      log: silentLogger,
      recentFile: join(dataDir, 'recent.json'),
      emit: (channel, payload) => {
        if (channel === 'site:job-changed') jobEvents.push(payload as EventMap['site:job-changed']);
      },
      appInfo: () => ({ version: 'test', logPath: null, platform: 'linux' }),
      files: { chooseSavePath: async () => null, renderPdf: async () => new Uint8Array() },
      timeouts: { ...FAST_TIMEOUTS, stallMs: 6_000, rebootMs: 18_000, verifyMs: 24_000 },
    });
    const { handlers } = service;
    const device = await handlers['device:connect']({
      host: sim.host,
      transport: 'ws',
      wsPort: sim.wsPort!,
    });
    if (!device.ok) throw new Error(device.error.message);
    const wizard = await handlers['ota:start']({
      deviceId: device.value.deviceId,
      target: 'outlet',
      method: 'auto',
    });
    expect(wizard.ok).toBe(true);

    const job = await handlers['site:create-job']({
      site: 'Same outlet',
      technician: 'Test',
      devices: [
        {
          label: 'Kitchen',
          address: { host: sim.host, tcpPort, wsPort: sim.wsPort },
          critical: false,
        },
      ],
    });
    if (!job.ok) throw new Error(job.error.message);
    const { jobId } = job.value.state;
    expect((await handlers['site:start']({ jobId })).ok).toBe(true);
    await expect
      .poll(
        () =>
          jobEvents.some(
            (e) => e.jobId === jobId && e.event.type === 'idle' && e.event.control === 'finished',
          ),
        {
          timeout: 20_000,
        },
      )
      .toBe(true);

    const state = await handlers['site:get-job']({ jobId });
    if (!state.ok) throw new Error(state.error.message);
    const kitchen = Object.values(state.value.state.devices)[0];
    expect(kitchen?.result).toBe('failed');
    expect(kitchen?.reason).toMatch(/already being updated/);
    expect(sim.snapshot().otaRequests).toEqual([{ target: 1, method: 0 }]);
  });
});
