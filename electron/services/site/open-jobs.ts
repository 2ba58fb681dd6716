import { appError, type AppError } from '../../../shared/errors.js';
import type { EventChannel, EventMap } from '../../../shared/ipc/contract.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { SiteJob } from '../../site/site-job.js';

export type SiteEmit = <E extends EventChannel>(channel: E, payload: EventMap[E]) => void;

export interface OpenJob {
  readonly job: SiteJob;
  /** Replay warnings from when it was opened, repeated in every view of it. */
  readonly warnings: readonly string[];
  /** Records applied since it was opened here (SiteJobView.seq). */
  seq(): number;
}

interface Entry extends OpenJob {
  readonly unsubscribe: () => void;
}

/**
 * The jobs this window has open, by jobId. Each one's every SiteEvent goes out as
 * `site:job-changed`, tagged with its jobId so the view can ignore other jobs' events.
 */
export class OpenJobs {
  private readonly jobs = new Map<string, Entry>();

  constructor(private readonly emit: SiteEmit) {}

  add(job: SiteJob, warnings: readonly string[]): OpenJob {
    const jobId = job.state.jobId;
    let seq = 0;
    const unsubscribe = job.onEvent((event) => {
      if (event.type === 'record') seq += 1;
      this.emit('site:job-changed', { jobId, seq, event });
    });
    const entry = { job, warnings, unsubscribe, seq: () => seq };
    this.jobs.set(jobId, entry);
    return entry;
  }

  has(jobId: string): boolean {
    return this.jobs.has(jobId);
  }

  get(jobId: string): Result<OpenJob, AppError> {
    const entry = this.jobs.get(jobId);
    return entry
      ? ok(entry)
      : err(appError('bad-argument', `Site job ${jobId} is not open; open it first.`));
  }

  /** Devices being worked on right now, over all open jobs (the quit dialog asks about them). */
  busyDevices(): number {
    let count = 0;
    for (const { job } of this.jobs.values()) count += job.progress().length;
    return count;
  }

  /**
   * Stops listening and closes every journal (pending writes finish first). Devices still
   * running are not waited for: the quit dialog already warned, and the journal says they
   * were under way, so the next start re-checks them.
   */
  async closeAll(): Promise<void> {
    const entries = [...this.jobs.values()];
    this.jobs.clear();
    for (const entry of entries) entry.unsubscribe();
    await Promise.all(entries.map((entry) => entry.job.close()));
  }
}
