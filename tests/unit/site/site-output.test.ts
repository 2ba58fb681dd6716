import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonSiteOutput } from '../../../electron/cli/site/json-output.js';
import { plainSiteOutput } from '../../../electron/cli/site/text-output.js';
import { liveLine, ttySiteOutput } from '../../../electron/cli/site/tty-output.js';
import { applyRecord } from '../../../shared/site/apply-record.js';
import type { JobState } from '../../../shared/site/job-state.js';
import type { JournalRecord } from '../../../shared/site/journal-records.js';
import { buildReport } from '../../../shared/site/report-rows.js';
import { newJob, outcome } from './site-fixtures.js';

const records: JournalRecord[] = [
  { type: 'job-started', at: 1 },
  { type: 'device-started', at: 2, deviceId: 'd1' },
  {
    type: 'step-started',
    at: 3,
    deviceId: 'd1',
    target: 'outlet',
    serial: 'SN1',
    from: { outlet: '1.4.0', web: null, deco: null },
  },
  {
    type: 'step-finished',
    at: 4,
    deviceId: 'd1',
    target: 'outlet',
    outcome: outcome('outlet', 'updated'),
    recovered: true,
  },
  { type: 'device-finished', at: 5, deviceId: 'd1', result: 'updated', reason: null, after: null },
  { type: 'device-started', at: 6, deviceId: 'd2' },
];

function play(job: JobState, each: (record: JournalRecord, job: JobState) => void): JobState {
  let state = job;
  for (const record of records) {
    state = applyRecord(state, record);
    each(record, state);
  }
  return state;
}

describe('site outputs', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('TTY: one line per device redrawn in place, a live summary, then the final table', () => {
    let text = '';
    const output = ttySiteOutput(
      (chunk) => (text += chunk),
      () => 100,
    );
    const job = play(newJob(3), (record, state) =>
      output.event({ type: 'record', record, persisted: true }, state),
    );
    output.event(
      {
        type: 'progress',
        progress: {
          deviceId: 'd2',
          target: 'outlet',
          fraction: 0.4,
          status: 'Updating the outlet firmware: 80%',
          at: 7,
        },
      },
      job,
    );
    vi.advanceTimersByTime(200);
    expect(text).toContain('Room 1  Updated');
    expect(text).toContain('Room 2   40%  Updating the outlet firmware: 80%');
    expect(text).toContain('Room 3  waiting');
    expect(text).toContain('1 of 3 done: 1 updated; 1 running, 1 waiting');
    output.note('Paused.');
    expect(text).toContain('\x1b[4A\x1b[J');
    output.outcome(buildReport(job), job, {});
    expect(text.endsWith('3 devices: 1 updated, 2 not run.\n')).toBe(true);
  });

  it('plain: a line per step and per result, nothing redrawn', () => {
    let text = '';
    const output = plainSiteOutput((chunk) => (text += chunk));
    play(newJob(2), (record, state) =>
      output.event({ type: 'record', record, persisted: true }, state),
    );
    expect(text).toBe(
      'Room 1: updating the outlet\nRoom 1: outlet updated 1.4.0 → 1.5.0 (confirmed after the restart, nothing resent)\nRoom 1: Updated\n',
    );
  });

  it('JSON: device events as lines, the outcome line last', () => {
    let text = '';
    const output = jsonSiteOutput((chunk) => (text += chunk));
    const job = play(newJob(2), (record, state) =>
      output.event({ type: 'record', record, persisted: true }, state),
    );
    output.outcome(buildReport(job), job, { csv: '/tmp/r.csv' });
    const lines = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.event ?? line.type)).toEqual([
      'job-started',
      'device-started',
      'step-started',
      'step-finished',
      'device-finished',
      'device-started',
      'site-outcome',
    ]);
    expect(lines[3]).toMatchObject({
      label: 'Room 1',
      target: 'outlet',
      outcome: 'updated',
      recovered: true,
    });
    expect(lines.at(-1)).toMatchObject({
      totals: { updated: 1, notRun: 1 },
      reports: { csv: '/tmp/r.csv' },
    });
  });

  it('the live line counts only what is done', () => {
    expect(liveLine(newJob(2))).toBe('0 of 2 done; 0 running, 2 waiting');
  });
});
