import { describe, expect, it } from 'vitest';
import { applyRecord, replay } from '../../../shared/site/apply-record.js';
import type { JobState } from '../../../shared/site/job-state.js';
import {
  interruptedDevices,
  nextToStart,
  retryableDevices,
  shouldFinish,
} from '../../../shared/site/job-selectors.js';
import type { JournalRecord } from '../../../shared/site/journal-records.js';
import type { DeviceResult } from '../../../shared/site/device-result.js';
import { jobTotals, siteVerdict } from '../../../shared/site/site-totals.js';
import { createdRecord, newJob, outcome } from './site-fixtures.js';

const apply = (job: JobState, ...records: JournalRecord[]) => records.reduce(applyRecord, job);
const at = 2_000;
const started = (deviceId: string): JournalRecord => ({ type: 'device-started', at, deviceId });
const finished = (deviceId: string, result: DeviceResult): JournalRecord => ({
  type: 'device-finished',
  at: at + 500,
  deviceId,
  result,
  reason: null,
  after: null,
});
const none = new Set<string>();

describe('job state', () => {
  it('starts nothing until started, then devices in list order up to the concurrency cap', () => {
    const job = newJob(5, { concurrency: 2 });
    expect(nextToStart(job, none)).toBeNull();
    const running = apply(job, { type: 'job-started', at });
    expect(nextToStart(running, none)).toBe('d1');
    expect(nextToStart(running, new Set(['d1']))).toBe('d2');
    expect(nextToStart(running, new Set(['d1', 'd2']))).toBeNull();
  });

  it('pause starts nothing new; resume carries on; running devices are not touched', () => {
    let job = apply(newJob(3), { type: 'job-started', at }, started('d1'));
    job = apply(job, { type: 'job-paused', at, reason: 'user' });
    expect(job.control).toBe('paused');
    expect(nextToStart(job, new Set(['d1']))).toBeNull();
    expect(job.devices.d1?.status).toBe('running');
    job = apply(job, { type: 'job-resumed', at });
    expect(nextToStart(job, new Set(['d1']))).toBe('d2');
  });

  it('cancel starts nothing new, finishes once nothing runs, and marks the rest not run', () => {
    let job = apply(newJob(3), { type: 'job-started', at }, started('d1'), {
      type: 'job-cancelled',
      at,
    });
    expect(job.control).toBe('cancelling');
    expect(nextToStart(job, new Set(['d1']))).toBeNull();
    expect(shouldFinish(job, new Set(['d1']))).toBe(false);
    job = apply(job, finished('d1', 'updated'));
    expect(shouldFinish(job, none)).toBe(true);
    job = apply(job, { type: 'job-finished', at });
    expect(job.devices.d2?.result).toBe('not-run');
    expect(jobTotals(job)).toMatchObject({ updated: 1, notRun: 2 });
    expect(siteVerdict(jobTotals(job))).toBe('failed');
  });

  it('counts failures in a row only: a success resets, a needs-confirmation does neither', () => {
    let job = apply(newJob(6), { type: 'job-started', at });
    job = apply(
      job,
      started('d1'),
      finished('d1', 'failed'),
      started('d2'),
      finished('d2', 'unreachable'),
    );
    expect(job.control).toBe('running');
    job = apply(job, started('d3'), finished('d3', 'updated'));
    expect(job.consecutiveFailures).toBe(0);
    job = apply(
      job,
      started('d4'),
      finished('d4', 'failed'),
      started('d5'),
      finished('d5', 'needs-confirmation'),
    );
    expect(job.consecutiveFailures).toBe(1);
    job = apply(job, started('d6'), finished('d6', 'unreachable'));
    expect(job.control).toBe('running');
    expect(job.consecutiveFailures).toBe(2);
  });

  it('the third failure in a row pauses with reason failures; resume resets the count', () => {
    let job = apply(newJob(5), { type: 'job-started', at });
    for (const id of ['d1', 'd2', 'd3']) job = apply(job, started(id), finished(id, 'failed'));
    expect(job).toMatchObject({
      control: 'paused',
      pauseReason: 'failures',
      consecutiveFailures: 3,
    });
    expect(nextToStart(job, none)).toBeNull();
    job = apply(job, { type: 'job-resumed', at });
    expect(job).toMatchObject({ control: 'running', consecutiveFailures: 0 });
    expect(nextToStart(job, none)).toBe('d4');
  });

  it('retry failed only re-queues failed and unreachable devices, and confirmed critical ones', () => {
    let job = apply(newJob(5, { critical: [4, 5] }), { type: 'job-started', at });
    job = apply(
      job,
      started('d1'),
      finished('d1', 'updated'),
      started('d2'),
      finished('d2', 'failed'),
      started('d3'),
      finished('d3', 'unreachable'),
      started('d4'),
      finished('d4', 'needs-confirmation'),
      started('d5'),
      finished('d5', 'needs-confirmation'),
      { type: 'critical-confirmed', at, deviceId: 'd5' },
      { type: 'job-finished', at },
    );
    expect(retryableDevices(job)).toEqual(['d2', 'd3', 'd5']);
    job = apply(job, { type: 'retry-requested', at, deviceIds: ['d2', 'd3', 'd5'] });
    expect(job.control).toBe('running');
    expect(['d1', 'd2', 'd3', 'd4', 'd5'].map((id) => job.devices[id]?.status)).toEqual([
      'done',
      'queued',
      'queued',
      'done',
      'queued',
    ]);
  });

  it('replay finds the device that was mid-update, with its step, and offers it first', () => {
    const records: JournalRecord[] = [
      createdRecord(3),
      { type: 'job-started', at },
      started('d1'),
      {
        type: 'step-started',
        at,
        deviceId: 'd1',
        target: 'outlet',
        serial: 'SN1',
        from: { outlet: '1.4.0', web: null, deco: '3.0.0' },
      },
      {
        type: 'step-finished',
        at,
        deviceId: 'd1',
        target: 'outlet',
        outcome: outcome('outlet', 'updated'),
        recovered: false,
      },
      {
        type: 'step-started',
        at,
        deviceId: 'd1',
        target: 'deco',
        serial: 'SN1',
        from: { outlet: '1.5.0', web: null, deco: '3.0.0' },
      },
    ];
    const job = replay(records);
    expect(job).not.toBeNull();
    if (!job) return;
    expect(interruptedDevices(job)).toEqual(['d1']);
    expect(job.devices.d1?.activeStep).toMatchObject({ target: 'deco', serial: 'SN1' });
    expect(job.devices.d1?.runSteps.map((step) => step.target)).toEqual(['outlet']);
    expect(nextToStart(job, none)).toBe('d1');
  });

  it('keeps the first good check as the "before" and learns the serial from it', () => {
    const check = {
      at,
      reachable: true,
      problem: null,
      notAnOutlet: false,
      serial: 'SN1',
      hardwareRevision: 'revB',
      transport: 'tcp' as const,
      versions: { outlet: '1.4.0', web: null, deco: null },
      deco: null,
      updates: null,
    };
    const job = apply(
      newJob(1),
      { type: 'device-checked', at, deviceId: 'd1', check },
      {
        type: 'device-checked',
        at,
        deviceId: 'd1',
        check: { ...check, versions: { outlet: '1.5.0', web: null, deco: null } },
      },
    );
    expect(job.devices.d1?.serial).toBe('SN1');
    expect(job.devices.d1?.firstCheck?.versions.outlet).toBe('1.4.0');
    expect(job.devices.d1?.lastCheck?.versions.outlet).toBe('1.5.0');
  });

  it('exit verdict: ok only if all updated or current; unreachable if nothing failed', () => {
    const totals = (results: DeviceResult[]) => {
      let job = apply(newJob(results.length), { type: 'job-started', at });
      results.forEach(
        (result, i) => (job = apply(job, started(`d${i + 1}`), finished(`d${i + 1}`, result))),
      );
      return siteVerdict(jobTotals(job));
    };
    expect(totals(['updated', 'already-current'])).toBe('ok');
    expect(totals(['updated', 'unreachable'])).toBe('unreachable');
    expect(totals(['unreachable', 'failed'])).toBe('failed');
    expect(totals(['updated', 'needs-confirmation'])).toBe('failed');
  });
});
