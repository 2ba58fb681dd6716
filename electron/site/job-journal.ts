import { dirname } from 'node:path';
import type { JournalRecord } from '../../shared/site/journal-records.js';
import { journalLine, readJournalText, type JournalRead } from '../../shared/site/journal-text.js';
import type { SiteProblem } from '../../shared/site/site-events.js';
import { err, ok, type Result } from '../../shared/result.js';
import { diskProblem } from './disk-problem.js';
import type { JournalFs, JournalHandle } from './journal-fs.js';

const AFTER_FAILURE =
  'The job is paused and nothing already recorded is lost; free some space (or fix the folder) and resume.';

/**
 * One job's append-only journal: JSON lines, each appended and fdatasync'ed before `append`
 * resolves, one write at a time. A failed write is cut back out of the file (no half line is
 * left behind) and the caller is told. A `required` record (one whose step must not start
 * unrecorded) is dropped on failure; any other record is kept in memory and written first
 * the next time the disk works again, so results are never lost while the app runs.
 */
export class JobJournal {
  private pending: string[] = [];
  private tail: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly path: string,
    private readonly handle: JournalHandle,
    private bytes: number,
  ) {}

  /** Creates a new journal whose first line is `first` (normally `job-created`). */
  static async create(
    fs: JournalFs,
    path: string,
    first: JournalRecord,
  ): Promise<Result<JobJournal, SiteProblem>> {
    try {
      await fs.mkdir(dirname(path));
      const handle = await fs.open(path);
      const journal = new JobJournal(path, handle, 0);
      const written = await journal.append(first, true);
      if (!written.ok) {
        await handle.close().catch(() => undefined);
        return written;
      }
      await fs.syncDir(dirname(path));
      return ok(journal);
    } catch (error) {
      return err(diskProblem(error, 'the job journal', path, 'The job was not created.'));
    }
  }

  /**
   * Opens an existing journal to continue it. A torn last line (a crash mid-write) is cut
   * off first, so the next record starts on a line of its own.
   */
  static async open(
    fs: JournalFs,
    path: string,
  ): Promise<Result<{ journal: JobJournal; read: JournalRead }, SiteProblem>> {
    try {
      const text = await fs.readFile(path);
      if (text === null) return err({ code: 'internal', message: `No journal at ${path}.` });
      const read = readJournalText(text);
      const good = Buffer.byteLength(text.slice(0, read.goodLength), 'utf8');
      const handle = await fs.open(path);
      if (read.tornTail) {
        await handle.truncate(good);
        await handle.sync();
      }
      return ok({ journal: new JobJournal(path, handle, good), read });
    } catch (error) {
      return err(diskProblem(error, 'the job journal', path, 'The job could not be opened.'));
    }
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** Appends one record and waits until it is on the disk. */
  append(record: JournalRecord, required: boolean): Promise<Result<void, SiteProblem>> {
    return this.serial(() => this.write(journalLine(record), required));
  }

  /** Writes what an earlier failure kept in memory. */
  flush(): Promise<Result<void, SiteProblem>> {
    return this.serial(() =>
      this.pending.length === 0 ? Promise.resolve(ok(undefined)) : this.write('', false),
    );
  }

  close(): Promise<void> {
    return this.serial(() => this.handle.close().catch(() => undefined));
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task, task);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async write(line: string, required: boolean): Promise<Result<void, SiteProblem>> {
    const text = this.pending.join('') + line;
    try {
      await this.handle.append(text);
      await this.handle.sync();
      this.bytes += Buffer.byteLength(text, 'utf8');
      this.pending = [];
      return ok(undefined);
    } catch (error) {
      await this.handle.truncate(this.bytes).catch(() => undefined);
      if (!required && line !== '') this.pending.push(line);
      return err(diskProblem(error, 'the job journal', this.path, AFTER_FAILURE));
    }
  }
}
