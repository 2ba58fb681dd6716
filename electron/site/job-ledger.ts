import { applyRecord } from '../../shared/site/apply-record.js';
import type { JobState } from '../../shared/site/job-state.js';
import type { JournalRecord } from '../../shared/site/journal-records.js';
import type { SiteEvent, SiteProblem } from '../../shared/site/site-events.js';
import { err, type Result } from '../../shared/result.js';
import type { Clock } from '../support/clock.js';
import type { Logger } from '../support/logger.js';
import type { JobJournal } from './job-journal.js';

/**
 * A job's state and its journal kept in step: every change is a record, written (and flushed)
 * first, then applied with the same pure reducer a replay uses, then announced to listeners.
 * A failed write pauses the job (reason `disk`) and says why; see JobJournal for what is kept.
 */
export abstract class JobLedger {
  private current: JobState;
  private readonly listeners = new Set<(event: SiteEvent) => void>();

  protected constructor(
    state: JobState,
    protected readonly journal: JobJournal,
    protected readonly clock: Clock,
    protected readonly log: Logger,
  ) {
    this.current = state;
  }

  get state(): JobState {
    return this.current;
  }

  get journalPath(): string {
    return this.journal.path;
  }

  onEvent(listener: (event: SiteEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called after every applied record. */
  protected abstract changed(): void;

  protected now(): number {
    return this.clock.now();
  }

  /**
   * Journals and applies a record. A `required` record that could not be written is not
   * applied (false): the step it describes must not start unrecorded.
   */
  protected async commit(record: JournalRecord, required: boolean): Promise<boolean> {
    const written = await this.journal.append(record, required);
    if (!written.ok) {
      this.problem(written.error);
      this.pauseForDisk();
      if (required) return false;
    }
    this.apply(record, written.ok);
    return true;
  }

  protected problem(problem: SiteProblem): Result<never, SiteProblem> {
    this.log.warn(problem.message);
    this.emit({ type: 'problem', problem });
    return err(problem);
  }

  protected emit(event: SiteEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  /** The pause itself is kept in memory and written with the rest once the disk works. */
  private pauseForDisk(): void {
    if (this.current.control !== 'running' && this.current.control !== 'idle') return;
    const record: JournalRecord = { type: 'job-paused', at: this.now(), reason: 'disk' };
    void this.journal.append(record, false);
    this.apply(record, false);
  }

  private apply(record: JournalRecord, persisted: boolean): void {
    const before = this.current.control;
    this.current = applyRecord(this.current, record);
    const autoPaused = before === 'running' && this.current.pauseReason === 'failures';
    if (autoPaused && record.type === 'device-finished') {
      // The reducer paused the job itself; say so in the journal too (replaying it is a no-op).
      void this.commit({ type: 'job-paused', at: this.now(), reason: 'failures' }, false);
    }
    this.changed();
    this.emit({ type: 'record', record, persisted });
  }
}
