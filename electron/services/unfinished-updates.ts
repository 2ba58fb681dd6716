import { rm } from 'node:fs/promises';
import { z } from 'zod';
import type { UnfinishedUpdate } from '../../shared/ipc/contract.js';
import { readJsonFile, serialQueue, writeJsonFile } from '../support/json-file.js';
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
  const serially = serialQueue();

  async function read(): Promise<UnfinishedUpdate[]> {
    const parsed = await readJsonFile(filePath, () =>
      log.warn('the unfinished-updates file is damaged; ignoring it', { filePath }),
    );
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((entry: unknown) => {
      const record = recordSchema.safeParse(entry);
      return record.success ? [record.data] : [];
    });
  }

  /** No records left: no file, so nothing looks unfinished at the next start. */
  async function write(updates: readonly UnfinishedUpdate[]): Promise<void> {
    if (updates.length === 0) await rm(filePath, { force: true });
    else await writeJsonFile(filePath, updates);
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
