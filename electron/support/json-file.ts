import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * A small JSON file's contents; undefined when the file is missing, or when it is not JSON
 * (`onDamaged` is called then, so the caller can log it and start afresh).
 */
export async function readJsonFile(filePath: string, onDamaged: () => void): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    onDamaged();
    return undefined;
  }
}

/** Written to a temporary file, flushed to disk, then renamed: a crash never leaves half a file. */
export async function writeJsonFile(filePath: string, value: unknown): Promise<void> {
  await mkdir(dirname(filePath), { recursive: true });
  const temporary = `${filePath}.tmp`;
  const file = await open(temporary, 'w');
  try {
    await file.writeFile(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, filePath);
}

/**
 * Runs async work one call at a time, in call order, so two read-modify-write calls on one
 * file cannot interleave. A call that fails does not stop the ones after it.
 */
export function serialQueue(): <T>(work: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (work) => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };
}
