/** A skipped stretch of the TCP stream, reported so the transport can log it. */
export interface SplitterWarning {
  kind: 'junk' | 'non-object';
  detail: string;
}

/** How much of a junk run we keep for classifying and quoting it in the warning. */
const KEEP_BYTES = 1024;
const PREVIEW_CHARS = 80;

/**
 * Bytes between objects that are not whitespace (a stray `42`, `"x"`, `[1]`, boot log
 * text). Only the first KB is kept, so a device spewing text cannot grow memory; the run
 * becomes one warning, `non-object` when it is a complete JSON value, else `junk`.
 */
export class JunkRun {
  private parts: Buffer[] = [];
  private kept = 0;
  private total = 0;

  /** Copies (up to the cap) because the caller may reuse its read buffer. */
  append(part: Buffer): void {
    this.total += part.length;
    const room = KEEP_BYTES - this.kept;
    if (room <= 0) return;
    const copy = Buffer.from(part.subarray(0, room));
    this.parts.push(copy);
    this.kept += copy.length;
  }

  /** Ends the run and resets for the next one. */
  finish(): SplitterWarning {
    const text = Buffer.concat(this.parts).toString('utf8').trim();
    const total = this.total;
    this.parts = [];
    this.kept = 0;
    this.total = 0;
    if (total <= KEEP_BYTES && isJsonValue(text)) {
      return { kind: 'non-object', detail: `skipped a non-object JSON value: ${preview(text)}` };
    }
    return { kind: 'junk', detail: `skipped ${total} bytes of non-JSON: ${preview(text)}` };
  }
}

function isJsonValue(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A short, escaped quote of skipped text for logs. */
export function preview(text: string): string {
  const short = text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
  return JSON.stringify(short);
}
