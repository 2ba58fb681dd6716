import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SiteService } from '../../../electron/site/site-service.js';
import { withIds } from '../../../shared/site/site-device.js';
import type { JournalRecord } from '../../../shared/site/journal-records.js';
import { FAST_TIMEOUTS, memoryLogger } from '../support/engine-harness.js';
import { startCli } from '../support/run-cli.js';
import { whenJournal } from './journal-watch.js';
import { fleetCsv, otaLog, startFleet, type RunningFleet } from './site-fleet.js';

let fleet: RunningFleet;
let folder: string;

beforeAll(async () => {
  fleet = await startFleet(
    [
      { rev: 'B', deco: 'none', scenario: 'success' },
      { rev: 'A', deco: 'online', scenario: 'success', speed: 20 },
      { rev: 'B', deco: 'none', scenario: 'success' },
      { rev: 'B', deco: 'none', scenario: 'success' },
    ],
    90,
  );
  folder = await mkdtemp(join(tmpdir(), 'invis-recovery-'));
});

afterAll(async () => {
  await fleet.close();
  await rm(folder, { recursive: true, force: true });
});

describe('recovery and cancel', () => {
  it('a step journaled but never sent (crash before the 21) is run again after the quiet re-check', async () => {
    const device = fleet.devices[0];
    const input = fleet.inputs[0];
    if (!device?.sim || !input) throw new Error('no device');
    const dataDir = join(folder, 'rerun');
    const jobId = '20260101-000000-abcdef';
    const from = { outlet: '1.4.0', web: null, deco: null };
    const records: JournalRecord[] = [
      {
        type: 'job-created',
        at: 1,
        jobId,
        site: 'Crash before 21',
        technician: 'Ada',
        source: null,
        concurrency: 1,
        autoPauseAfter: 3,
        devices: withIds([input]),
      },
      { type: 'job-started', at: 2 },
      { type: 'device-started', at: 3, deviceId: 'd1' },
      {
        type: 'step-started',
        at: 4,
        deviceId: 'd1',
        target: 'outlet',
        serial: device.serial,
        from,
      },
    ];
    await mkdir(join(dataDir, 'site-jobs'), { recursive: true });
    const text = records.map((record) => JSON.stringify(record)).join('\n');
    await writeFile(join(dataDir, 'site-jobs', `${jobId}.jsonl`), `${text}\n{"type":"step-fin`);

    const service = new SiteService({
      dataDir,
      log: memoryLogger(),
      timeouts: FAST_TIMEOUTS,
      requestTimeoutMs: 1_000,
    });
    const interrupted = await service.interruptedJobs();
    expect(interrupted.map((job) => job.jobId)).toEqual([jobId]);
    const opened = await service.openJob(jobId);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.warnings).toEqual([
      'The last journal line was cut short by a crash; it was ignored.',
    ]);
    const { job } = opened.value;
    await job.start();
    const final = await job.whenIdle();
    expect(final.devices.d1).toMatchObject({ result: 'updated', after: { outlet: '1.5.0' } });
    expect(final.devices.d1?.steps.map((step) => step.outcome.outcome)).toEqual(['updated']);
    expect(final.devices.d1?.steps[0]?.recovered).toBe(false);
    expect(otaLog(device.sim)).toEqual(['1/0']);
    await job.close();
  });

  it('Ctrl+C cancels: the device mid-update finishes, no new device starts, exit 1', async () => {
    const list = join(folder, 'cancel.csv');
    const rows = fleetCsv(fleet).trimEnd().split('\n');
    await writeFile(list, `${[rows[0], ...rows.slice(2)].join('\n')}\n`);
    const jobs = join(folder, 'cancel', 'site-jobs');
    await mkdir(jobs, { recursive: true });
    const cli = startCli([
      'site',
      'run',
      list,
      '--concurrency',
      '1',
      '--json',
      '--data-dir',
      join(folder, 'cancel'),
      '--stall-timeout=1.2',
      '--reboot-timeout=3.6',
      '--verify-timeout=4.8',
      '--poll-interval=0.1',
    ]);
    await whenJournal(jobs, (records) =>
      records.some((record) => record.type === 'step-started') ? true : null,
    );
    cli.child.kill('SIGINT');
    const run = await cli.ended;
    expect(run.code).toBe(1);
    const lines = run.lines();
    expect(
      lines.some(
        (line) =>
          line.type === 'note' &&
          /Cancelling: no further devices will start; 1 running update finishes first/.test(
            String(line.message),
          ),
      ),
    ).toBe(true);
    expect(lines.at(-1)).toMatchObject({
      type: 'site-outcome',
      control: 'finished',
      devices: [{ outcome: 'updated' }, { outcome: 'not-run' }, { outcome: 'not-run' }],
    });
    expect(otaLog(fleet.devices[1]?.sim ?? null)).toEqual(['1/0', '2/0']);
    expect(otaLog(fleet.devices[2]?.sim ?? null)).toEqual([]);
  });
});
