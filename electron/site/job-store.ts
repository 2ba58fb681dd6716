import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { replay } from '../../shared/site/apply-record.js';
import {
  AUTO_PAUSE_AFTER,
  DEFAULT_CONCURRENCY,
  MAX_CONCURRENCY,
  type JobState,
} from '../../shared/site/job-state.js';
import type { JobSource, JournalRecord } from '../../shared/site/journal-records.js';
import { readJournalText } from '../../shared/site/journal-text.js';
import { withIds, type SiteDeviceInput } from '../../shared/site/site-device.js';
import type { SiteProblem } from '../../shared/site/site-events.js';
import { err, ok, type Result } from '../../shared/result.js';
import { JobJournal } from './job-journal.js';
import { nodeJournalFs, type JournalFs } from './journal-fs.js';

export interface NewJob {
  readonly site: string;
  readonly technician: string;
  readonly devices: readonly SiteDeviceInput[];
  readonly source?: JobSource | null;
  readonly concurrency?: number;
  readonly autoPauseAfter?: number;
}

/** A job read back from its journal, ready to be driven by a SiteJob. */
export interface OpenedJob {
  readonly state: JobState;
  readonly journal: JobJournal;
  /** Torn or unreadable lines met while replaying, in words. */
  readonly warnings: readonly string[];
}

const SUFFIX = '.jsonl';

/** `20260315-142501-a1b2c3`: sorts by creation time, unique without coordination. */
function newJobId(now: number): string {
  const stamp = new Date(now).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

/**
 * Site jobs in a data folder: `<dataDir>/site-jobs/<jobId>.jsonl`, one journal per job. The
 * desktop app passes app.getPath('userData'); the CLI its --data-dir (see data-dir.ts).
 */
export class JobStore {
  readonly jobsDir: string;

  constructor(
    readonly dataDir: string,
    private readonly fs: JournalFs = nodeJournalFs,
    private readonly now: () => number = Date.now,
  ) {
    this.jobsDir = join(dataDir, 'site-jobs');
  }

  pathOf(jobId: string): string {
    return join(this.jobsDir, `${jobId}${SUFFIX}`);
  }

  async create(job: NewJob): Promise<Result<OpenedJob, SiteProblem>> {
    const concurrency = job.concurrency ?? DEFAULT_CONCURRENCY;
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      return err({ code: 'internal', message: `Concurrency must be 1 to ${MAX_CONCURRENCY}.` });
    }
    const at = this.now();
    const record: JournalRecord = {
      type: 'job-created',
      at,
      jobId: newJobId(at),
      site: job.site,
      technician: job.technician,
      source: job.source ?? null,
      concurrency,
      autoPauseAfter: job.autoPauseAfter ?? AUTO_PAUSE_AFTER,
      devices: withIds(job.devices),
    };
    const journal = await JobJournal.create(this.fs, this.pathOf(record.jobId), record);
    if (!journal.ok) return journal;
    const state = replay([record]);
    if (state === null) return err({ code: 'internal', message: 'A new job did not replay.' });
    return ok({ state, journal: journal.value, warnings: [] });
  }

  async open(jobId: string): Promise<Result<OpenedJob, SiteProblem>> {
    const opened = await JobJournal.open(this.fs, this.pathOf(jobId));
    if (!opened.ok) return opened;
    const { journal, read } = opened.value;
    const state = replay(read.records);
    if (state === null) {
      await journal.close();
      return err({ code: 'internal', message: `${journal.path} does not start with a job.` });
    }
    const warnings: string[] = [];
    if (read.tornTail)
      warnings.push('The last journal line was cut short by a crash; it was ignored.');
    if (read.skipped.length > 0)
      warnings.push(`Unreadable journal lines ignored: ${read.skipped.join(', ')}.`);
    return ok({ state, journal, warnings });
  }

  /** Every job in the folder, newest first, replayed (read only). */
  async list(): Promise<JobState[]> {
    const names = (await this.fs.list(this.jobsDir))
      .filter((name) => name.endsWith(SUFFIX))
      .sort()
      .reverse();
    const jobs: JobState[] = [];
    for (const name of names) {
      const text = await this.fs.readFile(join(this.jobsDir, name)).catch(() => null);
      if (text === null) continue;
      const state = replay(readJournalText(text).records);
      if (state) jobs.push(state);
    }
    return jobs;
  }
}
