import { watch } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JournalRecord } from '../../../shared/site/journal-records.js';
import { readJournalText } from '../../../shared/site/journal-text.js';

/** Every record of every journal in a site-jobs folder. */
export async function journalRecords(dir: string): Promise<JournalRecord[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.jsonl'));
  const texts = await Promise.all(names.map((name) => readFile(join(dir, name), 'utf8')));
  return texts.flatMap((text) => readJournalText(text).records);
}

/**
 * Resolves with the records once they satisfy `ready`, re-reading on every change the
 * operating system reports for the folder (inotify on Linux): no polling, no sleeps.
 */
export function whenJournal<T>(
  dir: string,
  ready: (records: JournalRecord[]) => T | null,
  timeoutMs = 20_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    let done = false;
    const watcher = watch(dir, () => void check());
    const timer = setTimeout(
      () => finish(() => reject(new Error(`journal never got ready within ${timeoutMs} ms`))),
      timeoutMs,
    );
    const finish = (settle: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      watcher.close();
      settle();
    };
    const check = async () => {
      const found = ready(await journalRecords(dir).catch(() => []));
      if (found !== null) finish(() => resolve(found));
    };
    void check();
  });
}
