import type { OtaTimeouts } from '../../shared/model/ota.js';
import type { DeviceState } from '../../shared/site/job-state.js';
import type { JournalRecord } from '../../shared/site/journal-records.js';
import type { DeviceProgress } from '../../shared/site/site-events.js';
import type { OtaService } from '../ota/ota-service.js';
import type { ReachOptions } from './device-reads.js';

/** What a device's work may do to its job: journal records and report live progress. */
export interface DeviceWorkContext {
  /** The device as the job knew it when its work began (after `device-started`). */
  readonly device: DeviceState;
  /**
   * Journals the record (flushed to disk) and applies it to the job. For a `required`
   * record, false means it is not on disk and the step it describes must not start.
   */
  commit(record: JournalRecord, required: boolean): Promise<boolean>;
  /** Read at the moment it matters: a confirmation may arrive while the device waits. */
  isConfirmed(): boolean;
  progress(progress: Omit<DeviceProgress, 'deviceId' | 'at'>): void;
}

/** Everything one device's work needs from outside. */
export interface DeviceWorkDeps {
  readonly reach: ReachOptions;
  readonly timeouts: OtaTimeouts;
  /** Shared by the whole job: it refuses a second update of the same serial at once. */
  readonly ota: OtaService;
}

/** Runs one device to its end; resolves after `device-finished` (or throws StepNotJournaled). */
export type DeviceWork = (context: DeviceWorkContext) => Promise<void>;

/**
 * A step could not be journaled, so it was not started: the device goes back to the queue and
 * the job pauses (the journal must never lag behind what was sent to a device).
 */
export class StepNotJournaled extends Error {
  constructor(readonly deviceId: string) {
    super(`The next step of ${deviceId} could not be journaled, so it was not started.`);
  }
}
