import type { OtaOutcome, OtaTarget } from '../model/ota.js';
import type { DeviceAddress } from './device-address.js';
import type { DeviceCheck, VersionSet } from './device-check.js';
import type { DeviceResult } from './device-result.js';
import type { SiteDeviceSpec } from './site-device.js';

/** Where a job's device list came from, so running the same list again resumes the job. */
export interface JobSource {
  readonly name: string;
  /** SHA-256 of the list's text. */
  readonly digest: string;
}

/** Why a job stopped starting devices. */
export type PauseReason = 'user' | 'failures' | 'disk';

/**
 * One line of a job's append-only journal. Each record is flushed to disk before the step it
 * describes starts, so after a crash the journal says what may have been under way.
 * Replaying every record with `applyRecord` rebuilds the job; the desktop view applies the
 * same records to the same reducer, so the screen and the file cannot disagree.
 */
export type JournalRecord =
  | {
      readonly type: 'job-created';
      readonly at: number;
      readonly jobId: string;
      readonly site: string;
      readonly technician: string;
      readonly source: JobSource | null;
      readonly concurrency: number;
      readonly autoPauseAfter: number;
      readonly devices: readonly SiteDeviceSpec[];
    }
  | {
      readonly type: 'device-checked';
      readonly at: number;
      readonly deviceId: string;
      readonly check: DeviceCheck;
    }
  | { readonly type: 'job-started'; readonly at: number }
  | { readonly type: 'device-started'; readonly at: number; readonly deviceId: string }
  | {
      readonly type: 'step-started';
      readonly at: number;
      readonly deviceId: string;
      readonly target: OtaTarget;
      readonly serial: string;
      readonly from: VersionSet;
    }
  | {
      readonly type: 'step-finished';
      readonly at: number;
      readonly deviceId: string;
      readonly target: OtaTarget;
      readonly outcome: OtaOutcome;
      readonly recovered: boolean;
    }
  | {
      readonly type: 'device-finished';
      readonly at: number;
      readonly deviceId: string;
      readonly result: DeviceResult;
      readonly reason: string | null;
      readonly after: VersionSet | null;
    }
  /** A device put back in the queue without running (its step could not be journaled). */
  | { readonly type: 'device-requeued'; readonly at: number; readonly deviceId: string }
  | { readonly type: 'job-paused'; readonly at: number; readonly reason: PauseReason }
  | { readonly type: 'job-resumed'; readonly at: number }
  | { readonly type: 'job-cancelled'; readonly at: number }
  | { readonly type: 'retry-requested'; readonly at: number; readonly deviceIds: readonly string[] }
  | { readonly type: 'critical-confirmed'; readonly at: number; readonly deviceId: string }
  | {
      readonly type: 'address-changed';
      readonly at: number;
      readonly deviceId: string;
      readonly address: DeviceAddress;
    }
  /** The installer renamed a device (a typo, a clearer room name): the report uses the new one. */
  | {
      readonly type: 'label-changed';
      readonly at: number;
      readonly deviceId: string;
      readonly label: string;
    }
  /** The site or technician name corrected after the job was created. */
  | {
      readonly type: 'details-changed';
      readonly at: number;
      readonly site: string;
      readonly technician: string;
    }
  | { readonly type: 'concurrency-set'; readonly at: number; readonly concurrency: number }
  | { readonly type: 'job-finished'; readonly at: number };

export type RecordType = JournalRecord['type'];

const RECORD_TYPES: ReadonlySet<string> = new Set<RecordType>([
  'job-created',
  'device-checked',
  'job-started',
  'device-started',
  'step-started',
  'step-finished',
  'device-finished',
  'device-requeued',
  'job-paused',
  'job-resumed',
  'job-cancelled',
  'retry-requested',
  'critical-confirmed',
  'address-changed',
  'label-changed',
  'details-changed',
  'concurrency-set',
  'job-finished',
]);

/** A cheap shape check for replay: the journal is our own file, so the type tag is enough. */
export function isJournalRecord(value: unknown): value is JournalRecord {
  if (typeof value !== 'object' || value === null) return false;
  const { type, at } = value as { type?: unknown; at?: unknown };
  return typeof type === 'string' && RECORD_TYPES.has(type) && typeof at === 'number';
}
