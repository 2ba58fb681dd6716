import { DEFAULT_TIMEOUTS, type OtaTimeouts } from '../../shared/model/ota.js';
import type { JobState } from '../../shared/site/job-state.js';
import { isInterrupted } from '../../shared/site/job-selectors.js';
import type { SiteProblem } from '../../shared/site/site-events.js';
import { ok, type Result } from '../../shared/result.js';
import type { Connector } from '../outlet/connectors.js';
import { OtaService } from '../ota/ota-service.js';
import { systemClock, type Clock } from '../support/clock.js';
import type { Logger } from '../support/logger.js';
import type { ReachOptions } from './device-reads.js';
import { deviceWorker } from './device-worker.js';
import { JobStore, type NewJob, type OpenedJob } from './job-store.js';
import type { JournalFs } from './journal-fs.js';
import type { PowerSource } from './power-source.js';
import { systemPowerSource } from './power-source.js';
import { preflight, type PreflightSummary } from './preflight.js';
import { SiteJob } from './site-job.js';

export interface SiteServiceOptions {
  /** The data folder: app.getPath('userData') in the app, --data-dir in the CLI. */
  readonly dataDir: string;
  readonly log: Logger;
  readonly clock?: Clock;
  readonly timeouts?: OtaTimeouts;
  /** Default 10 s, as for a single update. */
  readonly connectTimeoutMs?: number;
  /** Default 5 s. */
  readonly requestTimeoutMs?: number;
  readonly connector?: Connector;
  readonly power?: PowerSource;
  readonly fs?: JournalFs;
  /**
   * The app's one OtaService, shared with single-device updates, so an outlet can never be
   * updated by the wizard and a site job at once. A new one when left out (the CLI).
   */
  readonly ota?: OtaService;
}

/**
 * Site mode for the desktop app and the CLI: creates and reopens journaled jobs, runs
 * pre-flight, and hands out SiteJobs that run devices through the same engine as a single
 * update. One OtaService for all jobs, so one outlet is never updated twice at once.
 */
export class SiteService {
  readonly store: JobStore;
  private readonly ota: OtaService;
  private readonly reach: ReachOptions;
  private readonly timeouts: OtaTimeouts;
  private readonly power: PowerSource;

  constructor(private readonly options: SiteServiceOptions) {
    const clock = options.clock ?? systemClock;
    this.store = new JobStore(options.dataDir, options.fs, () => clock.now());
    this.ota = options.ota ?? new OtaService(clock, options.log);
    this.timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
    this.power = options.power ?? systemPowerSource();
    this.reach = {
      clock,
      log: options.log,
      connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
      requestTimeoutMs: options.requestTimeoutMs ?? 5_000,
      connector: options.connector,
    };
  }

  async createJob(job: NewJob): Promise<Result<SiteJob, SiteProblem>> {
    const created = await this.store.create(job);
    return created.ok ? ok(this.drive(created.value)) : created;
  }

  /** Reopens a job from its journal (for example an interrupted one), with replay warnings. */
  async openJob(
    jobId: string,
  ): Promise<Result<{ job: SiteJob; warnings: readonly string[] }, SiteProblem>> {
    const opened = await this.store.open(jobId);
    return opened.ok
      ? ok({ job: this.drive(opened.value), warnings: opened.value.warnings })
      : opened;
  }

  /** Jobs that did not finish: crashed, paused, or never started. Newest first. */
  async interruptedJobs(): Promise<JobState[]> {
    return (await this.store.list()).filter(isInterrupted);
  }

  listJobs(): Promise<JobState[]> {
    return this.store.list();
  }

  preflight(job: SiteJob): Promise<PreflightSummary> {
    return preflight(job, this.reach, this.power);
  }

  private drive(opened: OpenedJob): SiteJob {
    const work = deviceWorker({ reach: this.reach, timeouts: this.timeouts, ota: this.ota });
    return new SiteJob(opened.state, {
      journal: opened.journal,
      work,
      clock: this.reach.clock,
      log: this.options.log,
    });
  }
}
