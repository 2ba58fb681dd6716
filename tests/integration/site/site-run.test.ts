import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SiteService } from '../../../electron/site/site-service.js';
import type { SiteJob } from '../../../electron/site/site-job.js';
import { isFailure, isSuccess, type DeviceResult } from '../../../shared/site/device-result.js';
import { buildReport, type ReportRow } from '../../../shared/site/report-rows.js';
import { reportCsv } from '../../../shared/site/report-csv.js';
import { parseCsv } from '../../../shared/site/csv-rows.js';
import type { JobState } from '../../../shared/site/job-state.js';
import { FAST_TIMEOUTS, memoryLogger } from '../support/engine-harness.js';
import { otaLog, startFleet, type FleetDevice, type RunningFleet } from './site-fleet.js';

interface Expected {
  readonly result: DeviceResult;
  /** Every 21 the device may receive, in order ("target/method"). */
  readonly ota: readonly string[];
  readonly applied: readonly string[];
  readonly outlet?: [string, string];
  readonly deco?: [string, string] | null;
  readonly web?: [string, string] | null;
}

const UPDATED_B: Expected = {
  result: 'updated',
  ota: ['1/0', '2/0'],
  applied: ['outlet', 'deco'],
  outlet: ['1.4.0', '1.5.0'],
  deco: ['3.0.0', '3.1.0'],
  web: null,
};
const UPDATED_A: Expected = {
  result: 'updated',
  ota: ['1/0', '2/0'],
  applied: ['web', 'outlet', 'deco'],
  outlet: ['1.4.0', '1.5.0'],
  deco: ['3.0.0', '3.1.0'],
  web: ['2.0.0', '2.1.0'],
};
const OUTLET_ONLY_B: Expected = {
  result: 'updated',
  ota: ['1/0'],
  applied: ['outlet'],
  outlet: ['1.4.0', '1.5.0'],
  deco: null,
};
const OUTLET_ONLY_A: Expected = {
  result: 'updated',
  ota: ['1/0'],
  applied: ['web', 'outlet'],
  outlet: ['1.4.0', '1.5.0'],
  web: ['2.0.0', '2.1.0'],
};
const CURRENT: Expected = {
  result: 'already-current',
  ota: [],
  applied: [],
  outlet: ['1.4.0', '1.4.0'],
};
const FAILED_OUTLET: Expected = {
  result: 'failed',
  ota: ['1/0'],
  applied: [],
  outlet: ['1.4.0', '1.4.0'],
};

/** 31 devices: 30 simulated (revA and revB, with and without Decos) and one address with nothing. */
const SITE: ReadonlyArray<[FleetDevice, Expected]> = [
  [{ rev: 'B', deco: 'online', scenario: 'success' }, UPDATED_B],
  [{ rev: 'A', deco: 'online', scenario: 'success' }, UPDATED_A],
  [{ rev: 'B', deco: 'none', scenario: 'success' }, OUTLET_ONLY_B],
  [{ rev: 'A', deco: 'none', scenario: 'success' }, OUTLET_ONLY_A],
  [
    { rev: 'B', deco: 'online', scenario: 'already-current' },
    { ...CURRENT, deco: ['3.0.0', '3.0.0'] },
  ],
  [{ rev: 'B', deco: 'online', scenario: 'declined' }, FAILED_OUTLET],
  [
    { rev: 'A', deco: 'none', scenario: 'already-current' },
    { ...CURRENT, web: ['2.0.0', '2.0.0'] },
  ],
  [{ rev: 'B', deco: 'online', scenario: 'success' }, UPDATED_B],
  [{ rev: 'A', deco: 'online', scenario: 'declined' }, FAILED_OUTLET],
  [{ rev: 'B', deco: 'none', scenario: 'stall' }, FAILED_OUTLET],
  [{ rev: 'A', deco: 'online', scenario: 'success' }, UPDATED_A],
  [
    { rev: 'A', deco: 'none', scenario: 'false-success' },
    { ...FAILED_OUTLET, applied: [] },
  ],
  [
    { rev: 'B', deco: 'online', scenario: 'never-returns' },
    { result: 'unreachable', ota: ['1/0'], applied: [] },
  ],
  [
    { rev: 'B', deco: 'online', scenario: 'deco-wifi-fails' },
    { ...UPDATED_B, ota: ['1/0', '2/0', '2/1'] },
  ],
  [
    { rev: 'B', deco: 'online', scenario: 'success', critical: 'unconfirmed' },
    { result: 'needs-confirmation', ota: [], applied: [], outlet: ['1.4.0', '1.4.0'] },
  ],
  [{ rev: 'A', deco: 'online', scenario: 'success', critical: 'confirmed' }, UPDATED_A],
  [
    { rev: 'B', deco: 'offline', scenario: 'success' },
    { result: 'failed', ota: ['1/0'], applied: ['outlet'], outlet: ['1.4.0', '1.5.0'] },
  ],
  [{ rev: 'B', deco: 'online', scenario: 'no-sync-21' }, UPDATED_B],
  [{ rev: 'B', deco: 'none', scenario: 'already-current' }, CURRENT],
  [
    { rev: 'A', deco: 'online', scenario: 'already-current' },
    { ...CURRENT, deco: ['3.0.0', '3.0.0'] },
  ],
  [{ rev: 'B', deco: 'online', scenario: 'success' }, UPDATED_B],
  [{ rev: 'B', deco: 'none', scenario: 'success' }, OUTLET_ONLY_B],
  [{ rev: 'A', deco: 'none', scenario: 'success' }, OUTLET_ONLY_A],
  [{ rev: 'B', deco: 'online', scenario: 'slow-reboot' }, UPDATED_B],
  [{ rev: 'A', deco: 'online', scenario: 'success' }, UPDATED_A],
  [{ rev: 'B', deco: 'none', scenario: 'success' }, OUTLET_ONLY_B],
  [{ rev: 'B', deco: 'online', scenario: 'success' }, UPDATED_B],
  [{ rev: 'A', deco: 'none', scenario: 'success' }, OUTLET_ONLY_A],
  [{ rev: 'B', deco: 'online', scenario: 'success' }, UPDATED_B],
  [{ rev: 'A', deco: 'online', scenario: 'success' }, UPDATED_A],
  [
    { rev: 'B', deco: 'none', scenario: 'success', absent: true },
    { result: 'unreachable', ota: [], applied: [] },
  ],
];

let fleet: RunningFleet;
let dataDir: string;

beforeAll(async () => {
  fleet = await startFleet(
    SITE.map(([device]) => device),
    2,
  );
  dataDir = await mkdtemp(join(tmpdir(), 'invis-site-'));
});

afterAll(async () => {
  await fleet.close();
  await rm(dataDir, { recursive: true, force: true });
});

/**
 * Runs the job to its end, resuming each automatic pause. For each pause, notes the results
 * finished up to the one that paused the job: devices still running then finish afterwards
 * (a device is never abandoned mid-update), so the moment of pausing is what the rule is about.
 */
async function runToEnd(job: SiteJob): Promise<{ final: JobState; pauses: DeviceResult[][] }> {
  const finishedOrder: DeviceResult[] = [];
  const pauses: DeviceResult[][] = [];
  let pauseCount = 0;
  job.onEvent((event) => {
    if (event.type !== 'record' || event.record.type !== 'device-finished') return;
    finishedOrder.push(event.record.result);
    const { control, pauseReason } = job.state;
    if (control === 'paused' && pauseReason === 'failures' && pauses.length === pauseCount) {
      pauses.push([...finishedOrder]);
    }
  });
  await job.start();
  for (;;) {
    const state = await job.whenIdle();
    if (state.control === 'finished') return { final: state, pauses };
    expect(state).toMatchObject({ control: 'paused', pauseReason: 'failures' });
    pauseCount += 1;
    expect(pauses).toHaveLength(pauseCount);
    await job.resume();
  }
}

describe('site job over 31 devices (30 simulated outlets on 127.0.0.2-32)', () => {
  it('pre-flight, run at concurrency 5, and every device ends as expected', async () => {
    const log = memoryLogger();
    const service = new SiteService({
      dataDir,
      log,
      timeouts: FAST_TIMEOUTS,
      connectTimeoutMs: 2_000,
      requestTimeoutMs: 1_000,
    });
    const created = await service.createJob({
      site: 'Hotel Astoria',
      technician: 'Ada',
      devices: fleet.inputs,
      concurrency: 5,
    });
    if (!created.ok) throw new Error(created.error.message);
    const job = created.value;
    const confirmed = fleet.devices.findIndex((device) => device.critical === 'confirmed');
    await job.confirmCritical(`d${confirmed + 1}`);

    const summary = await service.preflight(job);
    expect(summary.reachable).toBe(30);
    expect(summary.rows.find((row) => row.deviceId === 'd17')?.check.deco).toMatchObject({
      online: false,
    });
    expect(summary.rows.find((row) => row.deviceId === 'd5')?.needs).toEqual({
      outlet: 'no',
      deco: 'no',
    });
    expect(summary.rows.find((row) => row.deviceId === 'd2')?.needs).toEqual({
      outlet: 'yes',
      deco: 'yes',
    });

    const { final, pauses } = await runToEnd(job);
    // Whether three failures come in a row depends on timing here (the rule itself has unit
    // tests); every pause that does happen must follow three.
    for (const before of pauses) {
      // The three results that count before the pause (neither failures nor successes, like a
      // critical device left waiting, do not break a run of failures) were all failures.
      const counted = before.filter((result) => isFailure(result) || isSuccess(result));
      expect(counted.slice(-3).every(isFailure), before.join(', ')).toBe(true);
    }

    const report = buildReport(final);
    const problems: string[] = [];
    SITE.forEach(([, expected], index) => {
      const device = fleet.devices[index];
      const row = report.rows[index] as ReportRow;
      const sim = device?.sim ?? null;
      const actual = {
        result: row.outcome,
        ota: otaLog(sim),
        applied: sim ? sim.snapshot().updatesApplied : [],
      };
      const wanted = { result: expected.result, ota: expected.ota, applied: expected.applied };
      if (JSON.stringify(actual) !== JSON.stringify(wanted)) {
        problems.push(
          `${row.label}: ${JSON.stringify(actual)} (${row.detail ?? ''}) wanted ${JSON.stringify(wanted)}`,
        );
      }
      if (expected.outlet)
        expect(row.outlet, row.label).toEqual({
          before: expected.outlet[0],
          after: expected.outlet[1],
        });
      if (expected.deco !== undefined) {
        expect(row.deco, row.label).toEqual(
          expected.deco
            ? { before: expected.deco[0], after: expected.deco[1] }
            : { before: null, after: null },
        );
      }
      if (expected.web)
        expect(row.web, row.label).toEqual({ before: expected.web[0], after: expected.web[1] });
      if (sim) expect(row.serial).toBe(device?.serial);
      if (sim) expect(row.hardwareRevision).toBe(device?.rev === 'B' ? 'revB' : 'revA');
    });
    expect(problems).toEqual([]);
    expect(report.totals).toEqual({
      devices: 31,
      updated: 19,
      alreadyCurrent: 4,
      failed: 5,
      unreachable: 2,
      needsConfirmation: 1,
      notRun: 0,
    });

    const rows = parseCsv(reportCsv(report)).records;
    expect(rows).toHaveLength(1 + 31 + 12);
    expect(rows[14]?.cells[13]).toBe(
      'deco-wifi-fails' === fleet.devices[13]?.scenario ? 'updated' : '',
    );
    expect(rows[14]?.cells[10]).toBe('outlet; faceplate via Wi-Fi, then via InvisOutlet');
    await job.close();

    const reopened = await service.openJob(final.jobId);
    expect(reopened.ok && reopened.value.job.state).toEqual(final);
    if (reopened.ok) await reopened.value.job.close();
    expect(await service.interruptedJobs()).toEqual([]);
  });
});
