import { open, rename, unlink } from 'node:fs/promises';
import type { SiteProblem } from '../../shared/site/site-events.js';
import { err, ok, type Result } from '../../shared/result.js';
import { diskProblem } from './disk-problem.js';

/** Text (CSV, HTML) or bytes (PDF). */
export type ReportData = string | Uint8Array;

export type WriteFile = (path: string, data: ReportData) => Promise<void>;

/** Writes to a temporary file, flushes it, then renames: a reader never sees half a report. */
export const atomicWriteFile: WriteFile = async (path, data) => {
  const temporary = `${path}.partial-${process.pid}`;
  try {
    const handle = await open(temporary, 'w', 0o644);
    try {
      await handle.writeFile(data); // strings are written as UTF-8
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
};

/**
 * Saves a report. A disk error is a clear message, not a crash: the job's journal is
 * untouched, so the report can be written again once there is space.
 */
export async function saveReport(
  path: string,
  data: ReportData,
  write: WriteFile = atomicWriteFile,
): Promise<Result<void, SiteProblem>> {
  try {
    await write(path, data);
    return ok(undefined);
  } catch (error) {
    return err(
      diskProblem(error, 'the report', path, 'The job and its journal are kept; nothing is lost.'),
    );
  }
}
