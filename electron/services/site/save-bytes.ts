import { open, rename, unlink } from 'node:fs/promises';
import type { SiteProblem } from '../../../shared/site/site-events.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { diskProblem } from '../../site/disk-problem.js';

export type WriteBytes = (path: string, bytes: Uint8Array) => Promise<void>;

/**
 * The binary sibling of electron/site/report-file.ts's atomicWriteFile (which writes text):
 * a temporary file, flushed, then renamed, so nobody ever opens half a PDF.
 */
export const atomicWriteBytes: WriteBytes = async (path, bytes) => {
  const temporary = `${path}.partial-${process.pid}`;
  try {
    const handle = await open(temporary, 'w', 0o644);
    try {
      await handle.writeFile(bytes);
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

/** Saves a rendered report; a disk error becomes words, as for the CSV. */
export async function saveBytes(
  path: string,
  bytes: Uint8Array,
  write: WriteBytes = atomicWriteBytes,
): Promise<Result<void, SiteProblem>> {
  try {
    await write(path, bytes);
    return ok(undefined);
  } catch (error) {
    return err(
      diskProblem(error, 'the report', path, 'The job and its journal are kept; nothing is lost.'),
    );
  }
}
