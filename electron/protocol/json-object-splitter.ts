import { JunkRun, preview, type SplitterWarning } from './junk-run.js';
import { isJsonObject } from './json-value.js';

export type { SplitterWarning };

/**
 * The pending object grew past `maxObjectBytes`. The splitter has reset itself and the
 * stream is out of sync, so the caller should drop the connection. Objects completed
 * earlier in the same chunk are handed over in `objectsBefore` so none is lost.
 */
export class OversizeObjectError extends Error {
  constructor(
    readonly limit: number,
    readonly objectsBefore: Array<Record<string, unknown>> = [],
  ) {
    super(`a JSON object from the device exceeded ${limit} bytes`);
    this.name = 'OversizeObjectError';
  }
}

const OPEN = 0x7b; // {
const CLOSE = 0x7d; // }
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

type Mode = 'between' | 'object' | 'junk';

/**
 * Cuts the revB TCP byte stream into JSON objects (protocol.md §2.1: no reliable delimiter;
 * objects arrive coalesced, split at any byte, with or without newlines).
 *
 * Works on bytes: `{`, `}`, `"` and `\` are ASCII and never occur inside a multi-byte UTF-8
 * sequence, so brace counting is safe mid-character and an object is only decoded once
 * complete (UTF-8 with replacement). Scan state survives between reads, so every byte is
 * looked at once and copied at most twice: O(n) overall.
 *
 * Junk outside objects (a stray `42`, `"x"`, `[1]`, log text) runs until the next `{` or
 * newline and costs one warning per run; the stream recovers at the next `{`. Because of
 * that rule a top-level array that contains objects yields those objects; the device never
 * sends one, and recovering objects matters more than skipping exotic values faithfully.
 */
export class JsonObjectSplitter {
  private readonly maxObjectBytes: number;
  private readonly onWarning: (w: SplitterWarning) => void;
  private mode: Mode = 'between';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private readonly junk = new JunkRun();

  constructor(options: { maxObjectBytes?: number; onWarning?: (w: SplitterWarning) => void } = {}) {
    this.maxObjectBytes = options.maxObjectBytes ?? 65_536;
    this.onWarning = options.onWarning ?? (() => undefined);
  }

  /** Bytes currently buffered (a partial object). */
  get bufferedBytes(): number {
    return this.pendingBytes;
  }

  /** Feed one read; returns every complete JSON object (plain objects only) now available, in order. */
  push(chunk: Uint8Array): Array<Record<string, unknown>> {
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const out: Array<Record<string, unknown>> = [];
    let start = 0; // where the current object or junk run begins in this chunk
    let limit = this.maxObjectBytes - this.pendingBytes; // object bytes allowed from `start`
    for (let i = 0; i < buf.length; i += 1) {
      const b = buf[i];
      if (this.mode === 'object') {
        if (i - start >= limit) this.overflow(out);
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (b === BACKSLASH) this.escaped = true;
          else if (b === QUOTE) this.inString = false;
        } else if (b === QUOTE) this.inString = true;
        else if (b === OPEN) this.depth += 1;
        else if (b === CLOSE && --this.depth === 0) {
          this.finishObject(buf.subarray(start, i + 1), out);
          this.mode = 'between';
        }
      } else if (this.mode === 'junk' && b !== OPEN) {
        if (b === NEWLINE) {
          this.finishJunk(buf.subarray(start, i));
          this.mode = 'between';
        }
      } else if (b === OPEN) {
        if (this.mode === 'junk') this.finishJunk(buf.subarray(start, i));
        this.mode = 'object';
        this.depth = 1;
        start = i;
        limit = this.maxObjectBytes;
      } else if (!isWhitespace(b)) {
        this.mode = 'junk';
        start = i;
      }
    }
    this.keepTail(buf, start, out);
    return out;
  }

  /** Copies the unfinished object or junk run: the caller may reuse its buffer. */
  private keepTail(buf: Buffer, start: number, out: Array<Record<string, unknown>>): void {
    if (this.mode === 'object' && start < buf.length) {
      if (this.pendingBytes + buf.length - start > this.maxObjectBytes) this.overflow(out);
      this.pending.push(Buffer.from(buf.subarray(start)));
      this.pendingBytes += buf.length - start;
    } else if (this.mode === 'junk') {
      this.junk.append(buf.subarray(start));
    }
  }

  private finishObject(tail: Buffer, out: Array<Record<string, unknown>>): void {
    const bytes = this.pending.length === 0 ? tail : Buffer.concat([...this.pending, tail]);
    this.pending = [];
    this.pendingBytes = 0;
    const text = bytes.toString('utf8');
    try {
      const value: unknown = JSON.parse(text);
      if (isJsonObject(value)) out.push(value);
      else this.onWarning({ kind: 'non-object', detail: `skipped ${preview(text)}` });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      this.onWarning({
        kind: 'junk',
        detail: `skipped an unparsable object of ${bytes.length} bytes (${why}): ${preview(text)}`,
      });
    }
  }

  private finishJunk(tail: Buffer): void {
    this.junk.append(tail);
    this.onWarning(this.junk.finish());
  }

  /** Resets to a clean state before throwing, so the buffer never stays oversized. */
  private overflow(out: Array<Record<string, unknown>>): never {
    this.mode = 'between';
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
    this.pending = [];
    this.pendingBytes = 0;
    throw new OversizeObjectError(this.maxObjectBytes, out);
  }
}

function isWhitespace(b: number): boolean {
  return b === 0x20 || b === NEWLINE || b === 0x0d || b === 0x09;
}
