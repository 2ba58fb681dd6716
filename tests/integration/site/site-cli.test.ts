import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/site/csv-rows.js';
import { SPEED } from '../support/engine-harness.js';
import { startCli } from '../support/run-cli.js';
import { fleetCsv, otaLog, startFleet, type RunningFleet } from './site-fleet.js';

const fast = [
  `--stall-timeout=${60 / SPEED}`,
  `--reboot-timeout=${180 / SPEED}`,
  `--verify-timeout=${240 / SPEED}`,
  '--poll-interval=0.1',
];
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /);

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'invis-site-cli-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('site cli: bad usage is one line and exit 2', () => {
  it.each([
    [['site'], /site needs scan or run/],
    [['site', 'frob'], /Unknown site command "frob"/],
    [['site', 'run'], /needs a device list/],
    [['site', 'run', '/nonexistent/devices.csv'], /Cannot read/],
    [
      ['site', 'run', 'x.csv', '--concurrency', '11'],
      /--concurrency must be a whole number from 1 to 10/,
    ],
    [['site', 'run', 'x.csv', '--bogus'], /Unknown option '--bogus'/],
    [['site', 'scan', '--subnet', '10.0.0.0/16'], /too large to scan .* use \/22 or smaller/],
  ])('%j', async (args, message) => {
    const run = await startCli(args).ended;
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    noStack(run.stderr);
  });

  it('a list without a header, or an unknown --confirm-critical name', async () => {
    const list = join(folder, 'no-header.csv');
    await writeFile(list, '10.0.0.1,Kitchen,no\n');
    const noHeader = await startCli(['site', 'run', list, '--data-dir', join(folder, 'usage')])
      .ended;
    expect(noHeader.code).toBe(2);
    expect(noHeader.stderr).toMatch(/line 1: expected a header row/);
    const good = join(folder, 'good.csv');
    await writeFile(good, 'address,label\n127.0.0.99,Kitchen\n');
    const unknown = await startCli([
      'site',
      'run',
      good,
      '--confirm-critical',
      'Fridge',
      '--data-dir',
      join(folder, 'usage'),
    ]).ended;
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /--confirm-critical "Fridge": no device with that label or address/,
    );
  });
});

describe('site run against simulated outlets', () => {
  let fleet: RunningFleet;
  beforeAll(async () => {
    fleet = await startFleet(
      [
        { rev: 'B', deco: 'online', scenario: 'success' },
        { rev: 'A', deco: 'none', scenario: 'already-current' },
        { rev: 'B', deco: 'none', scenario: 'success', absent: true },
        { rev: 'A', deco: 'online', scenario: 'success', critical: 'unconfirmed' },
      ],
      70,
    );
  });
  afterAll(async () => fleet.close());

  it('in words: bad rows on stderr with line numbers, pre-flight, results, reports; exit 3', async () => {
    const list = join(folder, 'words.csv');
    const rows = fleetCsv(fleet).trimEnd().split('\n');
    // Row 4 of the file is bad; the rows around it still load. The critical device is left out.
    await writeFile(list, [...rows.slice(0, 3), '999.1.1.1,Broken,no,,', rows[3], ''].join('\n'));
    const csv = join(folder, 'words-report.csv');
    const html = join(folder, 'words-report.html');
    const run = await startCli([
      'site',
      'run',
      list,
      '--site',
      'Hotel <Astoria>',
      '--technician',
      'Ada',
      '--report',
      csv,
      '--report-html',
      html,
      '--data-dir',
      join(folder, 'words'),
      ...fast,
    ]).ended;
    expect(run.stderr).toMatch(/words\.csv line 4: address "999\.1\.1\.1"/);
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/Site job \S+ for Hotel <Astoria> \(technician Ada\): 3 devices\./);
    expect(run.stdout).toMatch(/2 of 3 reachable; 2 to update\. Estimated time: about \d+ min/);
    expect(run.stdout).toMatch(/3 devices: 1 updated, 1 already up to date, 1 unreachable\./);
    expect(run.stdout).toContain(`Report (csv): ${csv}`);
    expect(run.stdout).not.toContain('\x1b[');
    const report = parseCsv(await readFile(csv, 'utf8')).records.map((record) => record.cells);
    expect(report.slice(1, 4).map((cells) => cells[13])).toEqual([
      'updated',
      'already-current',
      'unreachable',
    ]);
    expect(await readFile(html, 'utf8')).toContain(
      '<h1>Firmware handover report: Hotel &lt;Astoria&gt;</h1>',
    );
  });

  it('--json: a critical device waits for confirmation (exit 1); confirmed, it is updated (exit 0)', async () => {
    const list = join(folder, 'critical.csv');
    const rows = fleetCsv(fleet).trimEnd().split('\n');
    await writeFile(list, [rows[0], rows[4], ''].join('\n'));
    const critical = fleet.devices[3];
    const args = ['site', 'run', list, '--json', '--data-dir', join(folder, 'critical'), ...fast];
    const waiting = await startCli(args).ended;
    expect(waiting.code).toBe(1);
    expect(waiting.lines().at(-1)).toMatchObject({
      type: 'site-outcome',
      devices: [{ outcome: 'needs-confirmation', outlet: { before: '1.4.0', after: '1.4.0' } }],
      totals: { needsConfirmation: 1 },
    });
    expect(otaLog(critical?.sim ?? null)).toEqual([]);

    const confirmed = await startCli([...args, '--confirm-critical', critical?.host ?? '']).ended;
    expect(confirmed.code).toBe(0);
    const lines = confirmed.lines();
    expect(lines[0]).toMatchObject({ type: 'job', resumed: false, devices: 1 });
    expect(lines.some((line) => line.type === 'progress')).toBe(true);
    expect(lines.at(-1)).toMatchObject({ type: 'site-outcome', totals: { updated: 1 } });
    expect(otaLog(critical?.sim ?? null)).toEqual(['1/0', '2/0']);
  });

  it('a report that cannot be written is a clear error (exit 1); the journal keeps the job', async () => {
    const list = join(folder, 'report-fails.csv');
    const rows = fleetCsv(fleet).trimEnd().split('\n');
    await writeFile(list, [rows[0], rows[2], ''].join('\n'));
    const run = await startCli([
      'site',
      'run',
      list,
      '--report',
      join(folder, 'missing-dir', 'r.csv'),
      '--data-dir',
      join(folder, 'rf'),
      ...fast,
    ]).ended;
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /Could not write the report .*r\.csv.*The job and its journal are kept; nothing is lost\./,
    );
    noStack(run.stderr);
    expect(run.stdout).toMatch(/1 device: 1 already up to date\./);
  });
});
