import type { JournalFs, JournalHandle } from '../../../electron/site/journal-fs.js';

function errno(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/**
 * An in-memory file system for journals. `failWrites(code, { partial })` makes the following
 * appends fail like a full or read-only disk, optionally after writing part of the text (a
 * torn write); `heal()` makes the disk work again.
 */
export class MemoryFs implements JournalFs {
  readonly files = new Map<string, Buffer>();
  private failing: { code: string; partial: number } | null = null;
  syncs = 0;

  failWrites(code: string, options: { partial?: number } = {}): void {
    this.failing = { code, partial: options.partial ?? 0 };
  }

  heal(): void {
    this.failing = null;
  }

  text(path: string): string {
    return this.files.get(path)?.toString('utf8') ?? '';
  }

  async mkdir(): Promise<void> {}

  async readFile(path: string): Promise<string | null> {
    const data = this.files.get(path);
    return data === undefined ? null : data.toString('utf8');
  }

  async list(dir: string): Promise<string[]> {
    return [...this.files.keys()]
      .filter((path) => path.startsWith(`${dir}/`))
      .map((path) => path.slice(dir.length + 1));
  }

  async syncDir(): Promise<void> {}

  async open(path: string): Promise<JournalHandle> {
    if (!this.files.has(path)) this.files.set(path, Buffer.alloc(0));
    return {
      append: async (text) => {
        const data = Buffer.from(text, 'utf8');
        if (this.failing) {
          const kept = data.subarray(0, Math.min(this.failing.partial, data.length));
          this.files.set(path, Buffer.concat([this.files.get(path) ?? Buffer.alloc(0), kept]));
          throw errno(this.failing.code);
        }
        this.files.set(path, Buffer.concat([this.files.get(path) ?? Buffer.alloc(0), data]));
      },
      sync: async () => {
        this.syncs += 1;
      },
      truncate: async (bytes) => {
        this.files.set(path, (this.files.get(path) ?? Buffer.alloc(0)).subarray(0, bytes));
      },
      close: async () => undefined,
    };
  }
}
