import type { OtaOutcome, OtaTarget, Outcome } from '../../../shared/model/ota.js';
import { createJob } from '../../../shared/site/apply-record.js';
import type { JobState } from '../../../shared/site/job-state.js';
import type { JournalRecord } from '../../../shared/site/journal-records.js';
import { withIds, type SiteDeviceInput } from '../../../shared/site/site-device.js';

export function deviceInput(n: number, overrides: Partial<SiteDeviceInput> = {}): SiteDeviceInput {
  return {
    label: `Room ${n}`,
    address: { host: `10.0.0.${n}`, tcpPort: null, wsPort: null },
    critical: false,
    ...overrides,
  };
}

export function createdRecord(
  count: number,
  options: { concurrency?: number; critical?: number[] } = {},
): Extract<JournalRecord, { type: 'job-created' }> {
  const devices = Array.from({ length: count }, (_, i) =>
    deviceInput(i + 1, { critical: options.critical?.includes(i + 1) ?? false }),
  );
  return {
    type: 'job-created',
    at: 1_000,
    jobId: 'job-1',
    site: 'Hotel Astoria',
    technician: 'Ada',
    source: null,
    concurrency: options.concurrency ?? 3,
    autoPauseAfter: 3,
    devices: withIds(devices),
  };
}

export function newJob(
  count: number,
  options: { concurrency?: number; critical?: number[] } = {},
): JobState {
  return createJob(createdRecord(count, options));
}

export function outcome(
  target: OtaTarget,
  result: Outcome,
  extra: Partial<OtaOutcome> = {},
): OtaOutcome {
  const attempt = { method: null, result, reasonCode: null, reason: null };
  return {
    outcome: result,
    target,
    method: target === 'deco' ? 'wifi' : null,
    fromVersion: target === 'outlet' ? '1.4.0' : '3.0.0',
    toVersion: result === 'updated' ? (target === 'outlet' ? '1.5.0' : '3.1.0') : null,
    reasonCode: result === 'failed' ? 'declined' : null,
    reason: result === 'failed' ? 'The outlet declined the update.' : null,
    attempts: result === 'already-current' ? [] : [attempt],
    ...extra,
  };
}
