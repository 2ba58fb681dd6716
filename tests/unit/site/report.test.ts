import { describe, expect, it } from 'vitest';
import { applyRecord, createJob } from '../../../shared/site/apply-record.js';
import { csvCell } from '../../../shared/site/csv-cells.js';
import { parseCsv } from '../../../shared/site/csv-rows.js';
import type { DeviceCheck } from '../../../shared/site/device-check.js';
import type { JournalRecord } from '../../../shared/site/journal-records.js';
import { reportCsv } from '../../../shared/site/report-csv.js';
import { reportHtml } from '../../../shared/site/report-html.js';
import { buildReport } from '../../../shared/site/report-rows.js';
import { withIds } from '../../../shared/site/site-device.js';
import { outcome } from './site-fixtures.js';

const T0 = Date.UTC(2026, 2, 15, 9, 0, 0);

function check(serial: string, deco: boolean): DeviceCheck {
  return {
    at: T0,
    reachable: true,
    problem: null,
    notAnOutlet: false,
    serial,
    hardwareRevision: 'revB',
    transport: 'tcp',
    versions: { outlet: '1.4.0', web: null, deco: deco ? '3.0.0' : null },
    deco: deco ? { serial: 'PM1', online: true, version: '3.0.0' } : null,
    updates: null,
  };
}

/** Three devices: one updated (outlet and Deco, Deco via the fallback), one failed, one never run. */
function finishedJob() {
  const devices = withIds([
    {
      label: '=HYPERLINK("http://evil")',
      address: { host: '10.0.0.1', tcpPort: null, wsPort: null },
      critical: false,
    },
    {
      label: 'Bar <script>alert(1)</script>, "left"',
      address: { host: '10.0.0.2', tcpPort: 4000, wsPort: null },
      critical: true,
    },
    {
      label: '+Spare',
      address: { host: '10.0.0.3', tcpPort: null, wsPort: null },
      critical: false,
    },
  ]);
  const decoOutcome = outcome('deco', 'updated', {
    method: 'outlet',
    attempts: [
      { method: 'wifi', result: 'failed', reasonCode: 'failure-result', reason: 'x' },
      { method: 'outlet', result: 'updated', reasonCode: null, reason: null },
    ],
  });
  const records: JournalRecord[] = [
    { type: 'job-started', at: T0 },
    { type: 'device-checked', at: T0, deviceId: 'd1', check: check('SN1', true) },
    { type: 'device-checked', at: T0, deviceId: 'd2', check: check('SN2', false) },
    { type: 'device-started', at: T0, deviceId: 'd1' },
    {
      type: 'step-finished',
      at: T0 + 60_000,
      deviceId: 'd1',
      target: 'outlet',
      outcome: outcome('outlet', 'updated'),
      recovered: false,
    },
    {
      type: 'step-finished',
      at: T0 + 90_000,
      deviceId: 'd1',
      target: 'deco',
      outcome: decoOutcome,
      recovered: false,
    },
    {
      type: 'device-finished',
      at: T0 + 95_000,
      deviceId: 'd1',
      result: 'updated',
      reason: null,
      after: { outlet: '1.5.0', web: null, deco: '3.1.0' },
    },
    { type: 'device-started', at: T0, deviceId: 'd2' },
    {
      type: 'step-finished',
      at: T0 + 20_000,
      deviceId: 'd2',
      target: 'outlet',
      outcome: outcome('outlet', 'failed'),
      recovered: false,
    },
    {
      type: 'device-finished',
      at: T0 + 20_500,
      deviceId: 'd2',
      result: 'failed',
      reason: '-1 said <b>"no"</b>',
      after: { outlet: '1.4.0', web: null, deco: null },
    },
    { type: 'job-cancelled', at: T0 + 21_000 },
    { type: 'job-finished', at: T0 + 100_000 },
  ];
  const created = {
    type: 'job-created',
    at: T0,
    jobId: 'job-7',
    site: 'Hotel <Astoria> & "Spa"',
    technician: '@Ada',
    source: null,
    concurrency: 3,
    autoPauseAfter: 3,
    devices,
  } as const;
  return records.reduce(applyRecord, createJob(created));
}

describe('handover report rows', () => {
  it('has before and after versions, method, attempts, duration, outcome and totals', () => {
    const report = buildReport(finishedJob());
    expect(report.rows[0]).toMatchObject({
      serial: 'SN1',
      hardwareRevision: 'revB',
      outlet: { before: '1.4.0', after: '1.5.0' },
      deco: { before: '3.0.0', after: '3.1.0' },
      method: 'outlet; faceplate via Wi-Fi, then via InvisOutlet',
      attempts: 3,
      durationSeconds: 95,
      outcome: 'updated',
      finishedAt: '2026-03-15T09:01:35.000Z',
    });
    expect(report.rows[1]).toMatchObject({
      outcome: 'failed',
      attempts: 1,
      address: '10.0.0.2 (tcp 4000)',
    });
    expect(report.rows[2]).toMatchObject({
      outcome: 'not-run',
      serial: null,
      durationSeconds: null,
    });
    expect(report.totals).toEqual({
      devices: 3,
      updated: 1,
      alreadyCurrent: 0,
      failed: 1,
      unreachable: 0,
      needsConfirmation: 0,
      notRun: 1,
    });
  });
});

describe('report CSV', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    for (const start of ['=', '+', '-', '@']) expect(csvCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(null)).toBe('');
  });

  it('reads back as the same table, every cell safe, with the job summary at the end', () => {
    const text = reportCsv(buildReport(finishedJob()));
    expect(text.endsWith('\r\n')).toBe(true);
    const records = parseCsv(text).records.map((record) => record.cells);
    expect(records[0]?.slice(0, 4)).toEqual(['label', 'address', 'serial', 'hardware_revision']);
    expect(records[1]?.[0]).toBe(`'=HYPERLINK("http://evil")`);
    expect(records[2]?.[0]).toBe('Bar <script>alert(1)</script>, "left"');
    expect(records[2]?.[14]).toBe(`'-1 said <b>"no"</b>`);
    expect(records[3]?.[0]).toBe(`'+Spare`);
    expect(records[1]?.slice(4, 10)).toEqual(['1.4.0', '1.5.0', '', '', '3.0.0', '3.1.0']);
    const summary = Object.fromEntries(records.slice(4).map(([name, value]) => [name, value]));
    expect(summary).toMatchObject({
      site: 'Hotel <Astoria> & "Spa"',
      technician: `'@Ada`,
      devices: '3',
      updated: '1',
      failed: '1',
      not_run: '1',
    });
    for (const row of records) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});

describe('report HTML', () => {
  it('is one self-contained, printable page with every value escaped', () => {
    const html = reportHtml(buildReport(finishedJob()));
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)=/i);
    expect(html).toContain('@page { size: A4 landscape');
    expect(html).toContain('Bar &lt;script&gt;alert(1)&lt;/script&gt;, &quot;left&quot;');
    expect(html).toContain(
      '<title>Firmware handover report: Hotel &lt;Astoria&gt; &amp; &quot;Spa&quot;</title>',
    );
    expect(html).toContain('<dt>Technician</dt><dd>@Ada</dd>');
    expect(html).toContain('1.4.0 → 1.5.0');
    expect(html).toContain(
      '<span class="outcome failed">Failed</span><div class="detail">-1 said &lt;b&gt;&quot;no&quot;&lt;/b&gt;</div>',
    );
    expect(html).toContain('3 devices: 1 updated, 1 failed, 1 not run.');
    expect(html.match(/<tr>/g)).toHaveLength(4);
  });
});
