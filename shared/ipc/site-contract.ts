import type { AppError } from '../errors.js';
import type { Result } from '../result.js';
import type { DeviceCheck, Needs } from '../site/device-check.js';
import type { DiscoveredDevice } from '../site/discovered-device.js';
import type { JobState } from '../site/job-state.js';
import type { SiteDeviceInput } from '../site/site-device.js';
import type { DeviceProgress, SiteEvent } from '../site/site-events.js';

/*
 * Site mode's half of THE contract (contract.ts merges these maps): channel names with their
 * argument and result types, side by side, so they can never drift apart.
 */

/** A job as the Site view sees it: its state (journal-backed) and the live progress column. */
export interface SiteJobView {
  readonly state: JobState;
  /**
   * How many records main has applied to `state` since it opened the job; `site:job-changed`
   * carries the same count. A view takes a snapshot only if it is newer than what it holds and
   * ignores records it already has, so snapshot and events may arrive in either order.
   */
  readonly seq: number;
  readonly progress: readonly DeviceProgress[];
  /** Where the journal lives, for diagnostics. */
  readonly journalPath: string;
  /** Replay warnings when the job was reopened (e.g. a torn last line after a crash). */
  readonly warnings: readonly string[];
}

export interface SitePreflightRow {
  readonly deviceId: string;
  readonly check: DeviceCheck;
  readonly needs: Needs;
}

export interface SitePreflightView {
  readonly rows: readonly SitePreflightRow[];
  readonly reachable: number;
  readonly toUpdate: number;
  readonly estimateSeconds: number;
  readonly power: 'ac' | 'battery' | 'unknown';
}

export interface NewSiteJobArgs {
  readonly site: string;
  readonly technician: string;
  readonly concurrency?: number;
  readonly devices: readonly SiteDeviceInput[];
}
export interface SiteJobArgs {
  readonly jobId: string;
}
export interface SiteDeviceArgs {
  readonly jobId: string;
  readonly deviceId: string;
}
export interface SiteConcurrencyArgs {
  readonly jobId: string;
  readonly concurrency: number;
}
export interface SiteRenameArgs {
  readonly jobId: string;
  readonly deviceId: string;
  readonly label: string;
}
export interface SiteDetailsArgs {
  readonly jobId: string;
  readonly site: string;
  readonly technician: string;
}
export interface SiteScanArgs {
  /** CIDR such as 192.168.1.0/24; the laptop's own /24s when left out. */
  readonly subnet?: string;
  readonly tcpPort?: number;
  readonly wsPort?: number;
}
export interface SiteScanView {
  readonly devices: readonly DiscoveredDevice[];
  readonly probed: number;
}
export interface SiteExportArgs {
  readonly jobId: string;
  readonly format: 'csv' | 'pdf';
}

export interface SiteInvokeMap {
  'site:list-jobs': [void, Result<readonly JobState[], AppError>];
  'site:create-job': [NewSiteJobArgs, Result<SiteJobView, AppError>];
  'site:open-job': [SiteJobArgs, Result<SiteJobView, AppError>];
  'site:get-job': [SiteJobArgs, Result<SiteJobView, AppError>];
  'site:preflight': [SiteJobArgs, Result<SitePreflightView, AppError>];
  'site:start': [SiteJobArgs, Result<JobState, AppError>];
  'site:pause': [SiteJobArgs, Result<JobState, AppError>];
  'site:resume': [SiteJobArgs, Result<JobState, AppError>];
  'site:cancel': [SiteJobArgs, Result<JobState, AppError>];
  'site:retry-failed': [SiteJobArgs, Result<JobState, AppError>];
  'site:confirm-critical': [SiteDeviceArgs, Result<JobState, AppError>];
  'site:set-concurrency': [SiteConcurrencyArgs, Result<JobState, AppError>];
  'site:rename-device': [SiteRenameArgs, Result<JobState, AppError>];
  'site:change-details': [SiteDetailsArgs, Result<JobState, AppError>];
  'site:scan': [SiteScanArgs, Result<SiteScanView, AppError>];
  /** Asks where to save (main shows the dialog); null when the user cancelled. */
  'site:export-report': [SiteExportArgs, Result<{ readonly path: string } | null, AppError>];
}

export interface SiteEventMap {
  /** `seq`: the job's record count after this event (see SiteJobView.seq). */
  'site:job-changed': { readonly jobId: string; readonly seq: number; readonly event: SiteEvent };
  'site:scan-progressed': {
    readonly probed: number;
    readonly total: number;
    readonly found: number;
  };
}

export const SITE_INVOKE_CHANNELS = [
  'site:list-jobs',
  'site:create-job',
  'site:open-job',
  'site:get-job',
  'site:preflight',
  'site:start',
  'site:pause',
  'site:resume',
  'site:cancel',
  'site:retry-failed',
  'site:confirm-critical',
  'site:set-concurrency',
  'site:rename-device',
  'site:change-details',
  'site:scan',
  'site:export-report',
] as const satisfies readonly (keyof SiteInvokeMap)[];

export const SITE_EVENT_CHANNELS = [
  'site:job-changed',
  'site:scan-progressed',
] as const satisfies readonly (keyof SiteEventMap)[];

export const SITE_API_VERBS = {
  listJobs: 'site:list-jobs',
  createJob: 'site:create-job',
  openJob: 'site:open-job',
  getJob: 'site:get-job',
  preflight: 'site:preflight',
  start: 'site:start',
  pause: 'site:pause',
  resume: 'site:resume',
  cancel: 'site:cancel',
  retryFailed: 'site:retry-failed',
  confirmCritical: 'site:confirm-critical',
  setConcurrency: 'site:set-concurrency',
  renameDevice: 'site:rename-device',
  changeDetails: 'site:change-details',
  scan: 'site:scan',
  exportReport: 'site:export-report',
} as const satisfies Record<string, keyof SiteInvokeMap>;

export const SITE_API_EVENTS = {
  onJobChanged: 'site:job-changed',
  onScanProgressed: 'site:scan-progressed',
} as const satisfies Record<string, keyof SiteEventMap>;

type Invoke<C extends keyof SiteInvokeMap> = (
  ...args: SiteInvokeMap[C][0] extends void ? [] : [SiteInvokeMap[C][0]]
) => Promise<SiteInvokeMap[C][1]>;

/** `window.invis.site`: one verb per channel, plus subscriptions returning an unsubscribe. */
export type SiteApi = {
  readonly [V in keyof typeof SITE_API_VERBS]: Invoke<(typeof SITE_API_VERBS)[V]>;
} & {
  readonly [E in keyof typeof SITE_API_EVENTS]: (
    listener: (payload: SiteEventMap[(typeof SITE_API_EVENTS)[E]]) => void,
  ) => () => void;
};
