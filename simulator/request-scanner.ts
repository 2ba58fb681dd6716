/** A client that never closes its object must not make the simulator buffer without end. */
const MAX_PENDING_BYTES = 64 * 1024;

const OPEN = 0x7b; // {
const CLOSE = 0x7d; // }
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/**
 * Cuts client -> device TCP bytes into JSON object texts. Requests usually end in "\n", but
 * the early Android app sent none (protocol.md §2.1), and TCP may split or join writes, so
 * this counts braces outside strings instead of splitting on lines. It works on bytes
 * (every byte it looks at is ASCII), so a UTF-8 character split across reads is harmless.
 * Bytes outside an object (newlines, garbage) are dropped; the simulator deliberately does
 * not share this code with the client's splitter, so one bug cannot hide on both sides.
 */
export class RequestScanner {
  private pending: Buffer = Buffer.alloc(0);

  /** Feeds received bytes; returns the complete object texts found so far, in order. */
  push(chunk: Buffer): string[] {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const texts: string[] = [];
    for (;;) {
      const start = this.pending.indexOf(OPEN);
      if (start < 0) {
        this.pending = Buffer.alloc(0);
        break;
      }
      const end = findObjectEnd(this.pending, start);
      if (end < 0) {
        this.pending = this.pending.subarray(start);
        if (this.pending.length > MAX_PENDING_BYTES) this.pending = Buffer.alloc(0);
        break;
      }
      texts.push(this.pending.subarray(start, end + 1).toString('utf8'));
      this.pending = this.pending.subarray(end + 1);
    }
    return texts;
  }
}

/** Index of the brace closing the object that starts at `start`, or -1 if not received yet. */
function findObjectEnd(bytes: Buffer, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN) {
      depth++;
    } else if (byte === CLOSE) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
