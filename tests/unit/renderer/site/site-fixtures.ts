import type { EventMap } from '../../../../shared/ipc/contract.js';
import type { SiteJobView, SitePreflightView } from '../../../../shared/ipc/site-contract.js';
import { replay } from '../../../../shared/site/apply-record.js';
import { needsOf, reachableCheck, unreachableCheck } from '../../../../shared/site/device-check.js';
import type { DeviceCheck } from '../../../../shared/site/device-check.js';
import type { JobState } from '../../../../shared/site/job-state.js';
import type { JournalRecord } from '../../../../shared/site/journal-records.js';
import type { DeviceProgress, SiteEvent } from '../../../../shared/site/site-events.js';
import { INFO, T0, UPDATES } from '../fixtures.js';

export const JOB_ID = '20250115-090000-abc123';

export interface DeviceSpec {
  readonly label: string;
  readonly critical?: boolean;
}

/** The first journal record of a job with these devices (d1, d2, … on 192.0.2.x). */
export function jobCreated(devices: readonly DeviceSpec[], concurrency = 3): JournalRecord {
  return {
    type: 'job-created',
    at: T0,
    jobId: JOB_ID,
    site: 'Hotel Astoria',
    technician: 'Ada',
    source: null,
    concurrency,
    autoPauseAfter: 3,
    devices: devices.map((device, index) => ({
      id: `d${index + 1}`,
      label: device.label,
      address: { host: `192.0.2.${index + 1}`, tcpPort: null, wsPort: null },
      critical: device.critical ?? false,
    })),
  };
}

/** A job built by the real reducer from its records, so fixtures are always possible jobs. */
export function jobAfter(records: readonly JournalRecord[]): JobState {
  const job = replay(records);
  if (!job) throw new Error('records must start with job-created');
  return job;
}

export function jobView(
  state: JobState,
  seq = 0,
  progress: readonly DeviceProgress[] = [],
): SiteJobView {
  return { state, seq, progress, journalPath: `/data/site-jobs/${JOB_ID}.jsonl`, warnings: [] };
}

export const at = (seconds: number) => T0 + seconds * 1000;

export const started = (deviceId: string, seconds = 1): JournalRecord => ({
  type: 'device-started',
  at: at(seconds),
  deviceId,
});

export const finished = (
  deviceId: string,
  result: Extract<JournalRecord, { type: 'device-finished' }>['result'],
  seconds = 10,
  reason: string | null = null,
): JournalRecord => ({
  type: 'device-finished',
  at: at(seconds),
  deviceId,
  result,
  reason,
  after: result === 'updated' ? { outlet: '1.1.0', web: null, deco: null } : null,
});

export function jobEvent(
  seq: number,
  event: SiteEvent,
  jobId = JOB_ID,
): EventMap['site:job-changed'] {
  return { jobId, seq, event };
}

export const recordEvent = (seq: number, record: JournalRecord, jobId = JOB_ID) =>
  jobEvent(seq, { type: 'record', record, persisted: true }, jobId);

export const progressEvent = (deviceId: string, fraction: number, status: string) =>
  jobEvent(0, {
    type: 'progress',
    progress: { deviceId, target: 'outlet', fraction, status, at: at(5) },
  });

/** A revA outlet with a Deco, both with an update (the renderer fixtures' device). */
export const reachable: DeviceCheck = reachableCheck(T0, INFO, 'ws', UPDATES);
export const current: DeviceCheck = reachableCheck(T0, { ...INFO, deco: null }, 'tcp', {
  outlet: { current: '1.0.0', available: '1.0.0', hasUpdate: false },
  web: null,
  deco: null,
});
export const unreachable: DeviceCheck = unreachableCheck(T0, 'connect ECONNREFUSED', false);

export function preflightView(
  checks: ReadonlyArray<DeviceCheck>,
  power: SitePreflightView['power'] = 'ac',
): SitePreflightView {
  const rows = checks.map((check, index) => ({
    deviceId: `d${index + 1}`,
    check,
    needs: needsOf(check),
  }));
  return {
    rows,
    reachable: checks.filter((check) => check.reachable).length,
    toUpdate: rows.filter((row) => row.needs.outlet !== 'no' || row.needs.deco === 'yes').length,
    estimateSeconds: 750,
    power,
  };
}
