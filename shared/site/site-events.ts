import type { OtaTarget } from '../model/ota.js';
import type { JobControl } from './job-state.js';
import type { JournalRecord } from './journal-records.js';

/** Live progress of one running device (not journaled: it changes many times a second). */
export interface DeviceProgress {
  readonly deviceId: string;
  /** The step under way, or null while connecting, re-checking or reading the result. */
  readonly target: OtaTarget | null;
  /** The device as a whole, 0..1 over its planned steps. */
  readonly fraction: number;
  /** One line of words, e.g. "Updating the outlet firmware: 40%". */
  readonly status: string;
  readonly at: number;
}

export type SiteProblemCode = 'disk-full' | 'disk-denied' | 'disk' | 'internal';

/** Something the installer must know about that is not a device result. */
export interface SiteProblem {
  readonly code: SiteProblemCode;
  readonly message: string;
}

/**
 * What a site job tells its listeners. Snapshot, then subscribe: the view takes the job's
 * state once and applies each `record` with the same pure `applyRecord` the journal replay
 * uses; `progress` only refreshes the live column; `idle` says no device is running any more
 * (the job finished, or it is paused and waits for resume).
 */
export type SiteEvent =
  | { readonly type: 'record'; readonly record: JournalRecord; readonly persisted: boolean }
  | { readonly type: 'progress'; readonly progress: DeviceProgress }
  | { readonly type: 'problem'; readonly problem: SiteProblem }
  | { readonly type: 'idle'; readonly control: JobControl };
