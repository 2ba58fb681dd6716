import { constants } from 'node:fs';
import { mkdir, open, readdir, readFile } from 'node:fs/promises';

/** An open journal file. Every method may reject with a Node errno error (ENOSPC, EACCES…). */
export interface JournalHandle {
  /** Appends the whole text at the end of the file. */
  append(text: string): Promise<void>;
  /** Forces the appended bytes to the disk (fdatasync). */
  sync(): Promise<void>;
  /** Cuts the file back to `bytes`, to remove a half-written line after a failed write. */
  truncate(bytes: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * The file-system calls the journal needs, behind an interface so tests can make the disk
 * fill up or refuse access at a chosen write.
 */
export interface JournalFs {
  mkdir(dir: string): Promise<void>;
  /** The file's text, or null when it does not exist. */
  readFile(path: string): Promise<string | null>;
  /** File names in a folder; empty when the folder does not exist. */
  list(dir: string): Promise<string[]>;
  open(path: string): Promise<JournalHandle>;
  /** Flushes a folder entry, so a new journal file survives a power cut. Best effort. */
  syncDir(dir: string): Promise<void>;
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

export const nodeJournalFs: JournalFs = {
  mkdir: async (dir) => void (await mkdir(dir, { recursive: true })),
  readFile: async (path) => {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  },
  list: async (dir) => {
    try {
      return await readdir(dir);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  },
  open: async (path) => {
    const handle = await open(
      path,
      constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT,
      0o644,
    );
    return {
      append: async (text) => void (await handle.appendFile(text, 'utf8')),
      sync: () => handle.datasync(),
      truncate: (bytes) => handle.truncate(bytes),
      close: () => handle.close(),
    };
  },
  syncDir: async (dir) => {
    try {
      const handle = await open(dir, constants.O_RDONLY);
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch {
      // Some platforms (Windows) cannot open a folder; the file's own fsync still holds.
    }
  },
};
