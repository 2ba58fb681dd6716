import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { UnfinishedUpdate } from '../../shared/ipc/contract.js';
import type { Logger } from '../support/logger.js';

/**
 * The wizard's updates that have started and not yet been seen to end, in one small JSON
 * file. A record is written before the update starts and removed when the app sees its
 * outcome, so one that is still here at the next start is an update the app was closed or
 * crashed in the middle of.
 */
export interface UnfinishedUpdatesStore {
  list(): Promise<readonly UnfinishedUpdate[]>;
  /** Replaces any record for the same serial. Rejects if the file cannot be written. */
  add(update: UnfinishedUpdate): Promise<void>;
  remove(serial: string): Promise<void>;
}

const version = z.string().nullable();
const port = z.number().int().min(1).max(65535).nullable();
const recordSchema = z.object({
  serial: z.string().min(1),
  address: z.object({ host: z.string().min(1), tcpPort: port, wsPort: port }),
  target: z.enum(['outlet', 'deco']),
  from: z.object({ outlet: version, web: version, deco: version }),
  startedAt: z.string(),
});

export function createUnfinishedUpdatesStore(
  filePath: string,
  log: Logger,
): UnfinishedUpdatesStore {
  let queue: Promise<unknown> = Promise.resolve();
  /** Read-modify-write calls run one at a time, so two quick updates cannot interleave. */
  function serially<T>(work: () => Promise<T>): Promise<T> {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  }

  async function read(): Promise<UnfinishedUpdate[]> {
    let text: string;
    try {
      text = await readFile(filePath, 'utf8');
    } catch {
      return [];
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      log.warn('the unfinished-updates file is damaged; ignoring it', { filePath });
      return [];
    }
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((entry: unknown) => {
      const record = recordSchema.safeParse(entry);
      return record.success ? [record.data] : [];
    });
  }

  /** Temporary file, flushed to disk, then renamed: a crash never leaves half a file. */
  async function write(updates: readonly UnfinishedUpdate[]): Promise<void> {
    if (updates.length === 0) {
      await rm(filePath, { force: true });
      return;
    }
    await mkdir(dirname(filePath), { recursive: true });
    const temporary = `${filePath}.tmp`;
    const file = await open(temporary, 'w');
    try {
      await file.writeFile(`${JSON.stringify(updates, null, 2)}\n`, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, filePath);
  }

  return {
    list: () => serially(read),
    add: (update) =>
      serially(async () => {
        const others = (await read()).filter((entry) => entry.serial !== update.serial);
        await write([...others, update]);
      }),
    remove: (serial) =>
      serially(async () => {
        const all = await read();
        const rest = all.filter((entry) => entry.serial !== serial);
        if (rest.length !== all.length) await write(rest);
      }),
  };
}
