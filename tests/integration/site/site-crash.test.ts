import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JournalRecord } from '../../../shared/site/journal-records.js';
import { SPEED } from '../support/engine-harness.js';
import { startCli } from '../support/run-cli.js';
import { journalRecords, whenJournal } from './journal-watch.js';
import { fleetCsv, nextSimEvent, otaLog, startFleet, type RunningFleet } from './site-fleet.js';

/** The first device runs 5x slower than the rest so the kill surely lands inside its update. */
const SLOW = 10;

let fleet: RunningFleet;
let folder: string;

beforeAll(async () => {
  fleet = await startFleet(
    [
      { rev: 'B', deco: 'online', scenario: 'success', speed: SLOW },
      { rev: 'A', deco: 'none', scenario: 'success' },
      { rev: 'B', deco: 'none', scenario: 'success' },
      { rev: 'A', deco: 'online', scenario: 'already-current' },
    ],
    40,
  );
  folder = await mkdtemp(join(tmpdir(), 'invis-crash-'));
});

afterAll(async () => {
  await fleet.close();
  await rm(folder, { recursive: true, force: true });
});

const fast = [
  `--stall-timeout=${60 / SPEED}`,
  `--reboot-timeout=${180 / SPEED}`,
  `--verify-timeout=${240 / SPEED}`,
  '--poll-interval=0.1',
];

/** The device whose outlet step was journaled as started and not (yet) as finished. */
function midUpdate(records: JournalRecord[]): string | null {
  const open = new Set<string>();
  for (const record of records) {
    if (record.type === 'step-started' && record.target === 'outlet') open.add(record.deviceId);
    if (record.type === 'step-finished' && record.target === 'outlet') open.delete(record.deviceId);
  }
  return open.has('d1') ? 'd1' : null;
}

describe('crash safety: SIGKILL mid-update, then the same command again', () => {
  it('completes the job with every device accounted for and none updated twice', async () => {
    const list = join(folder, 'devices.csv');
    const dataDir = join(folder, 'data');
    const jobs = join(dataDir, 'site-jobs');
    await writeFile(list, fleetCsv(fleet));
    await mkdir(jobs, { recursive: true });
    const args = [
      'site',
      'run',
      list,
      '--data-dir',
      dataDir,
      '--concurrency',
      '2',
      '--json',
      ...fast,
    ];
    const slow = fleet.devices[0];
    if (!slow?.sim) throw new Error('no slow simulator');

    // Run 1: killed once the journal shows d1 mid-update and its outlet has the 21.
    const got21 = nextSimEvent(slow.events, (event) => event.kind === 'ota-decision');
    const first = startCli(args);
    await whenJournal(jobs, midUpdate);
    await got21;
    first.child.kill('SIGKILL');
    expect((await first.ended).signal).toBe('SIGKILL');
    expect(otaLog(slow.sim)).toEqual(['1/0']);

    // The outlet finishes its update on its own while nothing runs.
    if (slow.sim.snapshot().updatesApplied.length === 0) {
      await nextSimEvent(slow.events, (event) => event.kind === 'update-applied');
    }
    expect(slow.sim.snapshot().outletVersion).toBe('1.5.0');

    // Run 2: finds the interrupted job, re-checks d1 by reading its version, finishes the rest.
    const second = await startCli(args).ended;
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    const lines = second.lines();
    expect(lines[0]).toMatchObject({ type: 'job', resumed: true });
    const outcome = lines.at(-1);
    expect(outcome).toMatchObject({
      type: 'site-outcome',
      control: 'finished',
      totals: { devices: 4, updated: 3, alreadyCurrent: 1, failed: 0, unreachable: 0, notRun: 0 },
    });
    expect(
      lines.some(
        (line) =>
          line.event === 'step-finished' &&
          line.target === 'outlet' &&
          line.recovered === true &&
          line.outcome === 'updated',
      ),
    ).toBe(true);

    // None updated twice, and no 21 resent to the outlet that completed while we were dead.
    expect(otaLog(slow.sim)).toEqual(['1/0', '2/0']);
    expect(slow.sim.snapshot().updatesApplied).toEqual(['outlet', 'deco']);
    for (const device of fleet.devices) {
      const applied = device.sim?.snapshot().updatesApplied ?? [];
      expect(new Set(applied).size, device.host).toBe(applied.length);
      expect(
        otaLog(device.sim).filter((request) => request.startsWith('1/')).length,
      ).toBeLessThanOrEqual(1);
    }

    // One job in the journal, every device finished exactly once in it.
    const records = await journalRecords(jobs);
    expect(records.filter((record) => record.type === 'job-created')).toHaveLength(1);
    const finished = records
      .filter((record) => record.type === 'device-finished')
      .map((record) => record.deviceId);
    expect(finished.sort()).toEqual(['d1', 'd2', 'd3', 'd4']);
    expect(records.at(-1)?.type).toBe('job-finished');
  });
});
