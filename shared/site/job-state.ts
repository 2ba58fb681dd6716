import type { OtaTarget } from '../model/ota.js';
import type { DeviceCheck, VersionSet } from './device-check.js';
import type { StepResult } from './device-plan.js';
import type { DeviceResult } from './device-result.js';
import type { JobSource, PauseReason } from './journal-records.js';
import type { SiteDeviceSpec } from './site-device.js';

/*
 * A site job's control, one value (no loose booleans):
 *
 *   idle ──start──► running ◄──resume── paused ◄──pause / 3 failures in a row / disk error
 *                     │  ▲                 │
 *               cancel│  └─retry failed────┤
 *                     ▼                    ▼
 *                cancelling ──last running device done──► finished
 *
 * Paused and cancelling both start nothing new; running devices always finish their update.
 */
export type JobControl = 'idle' | 'running' | 'paused' | 'cancelling' | 'finished';

/** queued → running → done; `running` after a replay means "was under way when we died". */
export type DeviceStatus = 'queued' | 'running' | 'done';

/** A step journaled as started and not (yet) as finished. */
export interface ActiveStep {
  readonly target: OtaTarget;
  readonly serial: string;
  readonly from: VersionSet;
  readonly startedAt: number;
}

export interface DeviceState {
  readonly spec: SiteDeviceSpec;
  readonly confirmed: boolean;
  /** Learnt from the first successful read; the device is this outlet from then on. */
  readonly serial: string | null;
  /** The first successful check: the "before" of the report. */
  readonly firstCheck: DeviceCheck | null;
  readonly lastCheck: DeviceCheck | null;
  readonly status: DeviceStatus;
  readonly activeStep: ActiveStep | null;
  /** Every finished step, across retries. */
  readonly steps: readonly StepResult[];
  /** Steps finished in the current (or last) run, for where to carry on after a crash. */
  readonly runSteps: readonly StepResult[];
  readonly result: DeviceResult | null;
  readonly reason: string | null;
  readonly after: VersionSet | null;
  readonly runStartedAt: number | null;
  readonly finishedAt: number | null;
  /** Time spent running, summed over runs. */
  readonly busyMs: number;
}

export interface JobState {
  readonly jobId: string;
  readonly site: string;
  readonly technician: string;
  readonly source: JobSource | null;
  readonly createdAt: number;
  readonly startedAt: number | null;
  readonly finishedAt: number | null;
  readonly concurrency: number;
  readonly autoPauseAfter: number;
  readonly control: JobControl;
  readonly pauseReason: PauseReason | null;
  readonly consecutiveFailures: number;
  readonly order: readonly string[];
  readonly devices: Readonly<Record<string, DeviceState>>;
}

export const DEFAULT_CONCURRENCY = 3;
export const MAX_CONCURRENCY = 10;
/** The longest device label, site name or technician name (a room and position fit many times). */
export const MAX_LABEL_LENGTH = 200;
export const AUTO_PAUSE_AFTER = 3;

export function newDeviceState(spec: SiteDeviceSpec): DeviceState {
  return {
    spec,
    confirmed: false,
    serial: null,
    firstCheck: null,
    lastCheck: null,
    status: 'queued',
    activeStep: null,
    steps: [],
    runSteps: [],
    result: null,
    reason: null,
    after: null,
    runStartedAt: null,
    finishedAt: null,
    busyMs: 0,
  };
}
