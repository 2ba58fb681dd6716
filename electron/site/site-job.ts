import type { DeviceAddress } from '../../shared/site/device-address.js';
import type { DeviceCheck } from '../../shared/site/device-check.js';
import { MAX_CONCURRENCY, MAX_LABEL_LENGTH, type JobState } from '../../shared/site/job-state.js';
import { nextToStart, retryableDevices, shouldFinish } from '../../shared/site/job-selectors.js';
import type { JournalRecord } from '../../shared/site/journal-records.js';
import type { DeviceProgress, SiteProblem } from '../../shared/site/site-events.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { Clock } from '../support/clock.js';
import type { Logger } from '../support/logger.js';
import { StepNotJournaled, type DeviceWork } from './device-work.js';
import type { JobJournal } from './job-journal.js';
import { JobLedger } from './job-ledger.js';

export interface SiteJobDeps {
  readonly journal: JobJournal;
  readonly work: DeviceWork;
  readonly clock: Clock;
  readonly log: Logger;
}

type Done = Result<void, SiteProblem>;
const DONE: Done = ok(undefined);

/**
 * Runs a site job: starts devices in list order up to the concurrency cap, journals every
 * control change, and applies each record to the job with the same reducer a replay uses.
 * Pause and cancel start nothing new and let running devices finish (a device is never
 * abandoned mid-update). A journal write that fails pauses the job; results that could not be
 * written are kept and written first on resume.
 */
export class SiteJob extends JobLedger {
  private readonly busy = new Set<string>();
  private readonly live = new Map<string, DeviceProgress>();
  private idleWaiters: Array<(job: JobState) => void> = [];
  private finishing = false;
  private wasIdle = true;

  private readonly work: DeviceWork;

  constructor(state: JobState, deps: SiteJobDeps) {
    super(state, deps.journal, deps.clock, deps.log);
    this.work = deps.work;
  }

  /** Live progress of the devices running now. */
  progress(): DeviceProgress[] {
    return [...this.live.values()];
  }

  /** Starts a new job, or resumes one that was paused or interrupted by a crash. */
  async start(): Promise<Done> {
    if (this.state.control === 'finished') return DONE;
    if (this.state.control !== 'idle') return this.resume();
    return this.control({ type: 'job-started', at: this.now() }, true);
  }

  pause(): Promise<Done> {
    return this.control({ type: 'job-paused', at: this.now(), reason: 'user' }, false);
  }

  async resume(): Promise<Done> {
    const flushed = await this.journal.flush();
    if (!flushed.ok) return this.problem(flushed.error);
    return this.control({ type: 'job-resumed', at: this.now() }, true);
  }

  cancel(): Promise<Done> {
    return this.control({ type: 'job-cancelled', at: this.now() }, false);
  }

  /** Runs again only the devices that failed or were unreachable (and confirmed critical ones). */
  async retryFailed(): Promise<Done> {
    const deviceIds = retryableDevices(this.state);
    if (deviceIds.length === 0) return DONE;
    const flushed = await this.journal.flush();
    if (!flushed.ok) return this.problem(flushed.error);
    return this.control({ type: 'retry-requested', at: this.now(), deviceIds }, true);
  }

  /** The installer accepts that this critical device restarts (its load loses power briefly). */
  confirmCritical(deviceId: string): Promise<Done> {
    if (!this.state.devices[deviceId]) return Promise.resolve(err(unknownDevice(deviceId)));
    return this.control({ type: 'critical-confirmed', at: this.now(), deviceId }, true);
  }

  setConcurrency(concurrency: number): Promise<Done> {
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      return Promise.resolve(
        err({ code: 'internal', message: `Concurrency must be 1 to ${MAX_CONCURRENCY}.` }),
      );
    }
    return this.control({ type: 'concurrency-set', at: this.now(), concurrency }, true);
  }

  /** A device found at a new address (DHCP), matched by its serial. Not while it runs. */
  changeAddress(deviceId: string, address: DeviceAddress): Promise<Done> {
    if (!this.state.devices[deviceId]) return Promise.resolve(err(unknownDevice(deviceId)));
    if (this.busy.has(deviceId)) {
      return Promise.resolve(
        err({ code: 'internal', message: 'The device is running; change its address later.' }),
      );
    }
    return this.control({ type: 'address-changed', at: this.now(), deviceId, address }, true);
  }

  /** A new name for a device in the report; allowed at any time, even after the job ended. */
  renameDevice(deviceId: string, label: string): Promise<Done> {
    if (!this.state.devices[deviceId]) return Promise.resolve(err(unknownDevice(deviceId)));
    const trimmed = label.trim();
    if (trimmed === '' || trimmed.length > MAX_LABEL_LENGTH) {
      return Promise.resolve(
        err({ code: 'internal', message: `A label is 1 to ${MAX_LABEL_LENGTH} characters.` }),
      );
    }
    return this.control({ type: 'label-changed', at: this.now(), deviceId, label: trimmed }, true);
  }

  /** Corrects the site or technician name for the report; allowed at any time. */
  changeDetails(site: string, technician: string): Promise<Done> {
    const name = site.trim();
    const who = technician.trim();
    if (name === '' || name.length > MAX_LABEL_LENGTH || who.length > MAX_LABEL_LENGTH) {
      return Promise.resolve(
        err({
          code: 'internal',
          message: `A site name is 1 to ${MAX_LABEL_LENGTH} characters; a technician name at most ${MAX_LABEL_LENGTH}.`,
        }),
      );
    }
    return this.control(
      { type: 'details-changed', at: this.now(), site: name, technician: who },
      true,
    );
  }

  /** Pre-flight results go into the journal too: they are the report's "before" versions. */
  async recordCheck(deviceId: string, check: DeviceCheck): Promise<void> {
    await this.commit({ type: 'device-checked', at: this.now(), deviceId, check }, false);
  }

  /** Resolves when no device runs and none will start: finished, paused or not started. */
  whenIdle(): Promise<JobState> {
    if (this.isIdle()) return Promise.resolve(this.state);
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  close(): Promise<void> {
    return this.journal.close();
  }

  private isIdle(): boolean {
    return (
      this.busy.size === 0 &&
      this.state.control !== 'running' &&
      this.state.control !== 'cancelling'
    );
  }

  protected changed(): void {
    if (!this.isIdle()) this.wasIdle = false;
  }

  private async control(record: JournalRecord, required: boolean): Promise<Done> {
    const written = await this.commit(record, required);
    this.pump();
    return written
      ? DONE
      : err({
          code: 'disk',
          message: 'The change could not be recorded; see the previous problem.',
        });
  }

  private pump(): void {
    for (
      let id = nextToStart(this.state, this.busy);
      id !== null;
      id = nextToStart(this.state, this.busy)
    ) {
      this.busy.add(id);
      void this.launch(id);
    }
    void this.settle();
  }

  private async launch(id: string): Promise<void> {
    try {
      if (this.state.devices[id]?.status !== 'running') {
        if (!(await this.commit({ type: 'device-started', at: this.now(), deviceId: id }, true)))
          return;
      }
      const device = this.state.devices[id];
      if (!device) return;
      await this.work({
        device,
        commit: (record, required) => this.commit(record, required),
        isConfirmed: () => this.state.devices[id]?.confirmed ?? false,
        progress: (progress) => this.onProgress(id, progress),
      });
      if (this.state.devices[id]?.status !== 'done')
        throw new Error('device work ended without a result');
    } catch (error) {
      await this.recover(id, error);
    } finally {
      this.busy.delete(id);
      this.live.delete(id);
      this.pump();
    }
  }

  private async recover(id: string, error: unknown): Promise<void> {
    if (error instanceof StepNotJournaled) {
      await this.commit({ type: 'device-requeued', at: this.now(), deviceId: id }, false);
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    this.problem({ code: 'internal', message: `Bug while updating ${id}: ${message}` });
    const reason = `Internal error in Invis Updater (${message}); the device may need checking.`;
    await this.commit(
      {
        type: 'device-finished',
        at: this.now(),
        deviceId: id,
        result: 'failed',
        reason,
        after: null,
      },
      false,
    );
  }

  private onProgress(id: string, progress: Omit<DeviceProgress, 'deviceId' | 'at'>): void {
    const full = { ...progress, deviceId: id, at: this.now() };
    this.live.set(id, full);
    this.emit({ type: 'progress', progress: full });
  }

  private async settle(): Promise<void> {
    if (this.busy.size > 0) return;
    if (shouldFinish(this.state, this.busy) && !this.finishing) {
      this.finishing = true;
      await this.commit({ type: 'job-finished', at: this.now() }, false);
      this.finishing = false;
    }
    if (!this.isIdle()) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve(this.state);
    if (this.wasIdle) return;
    this.wasIdle = true;
    this.emit({ type: 'idle', control: this.state.control });
  }
}

function unknownDevice(deviceId: string): SiteProblem {
  return { code: 'internal', message: `No device ${deviceId} in this job.` };
}
