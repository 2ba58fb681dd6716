import { StringDecoder } from 'node:string_decoder';

/** What the reference scanner found in a TCP byte stream. */
export interface ScanSink {
  /** Complete JSON objects. */
  object(value: Record<string, unknown>, text: string): void;
  /** A balanced `{...}` that is not valid JSON. */
  invalid(text: string): void;
  /** Text outside any object (bare values, junk), trimmed; empty runs are not reported. */
  stray(text: string): void;
}

/**
 * A deliberately naive reference for the device -> client stream, written for the tests
 * and sharing nothing with the simulator or the app: decode UTF-8 with a streaming decoder,
 * count braces (string-unaware: the simulator's strings contain none), then JSON.parse the
 * balanced text. Good enough to check what the simulator sends, not a production splitter.
 */
export class ReferenceScanner {
  private readonly decoder = new StringDecoder('utf8');
  private text = '';

  constructor(private readonly sink: ScanSink) {}

  push(chunk: Buffer): void {
    this.text += this.decoder.write(chunk);
    for (;;) {
      const start = this.text.indexOf('{');
      const before = start < 0 ? this.text : this.text.slice(0, start);
      if (before.trim() !== '') this.sink.stray(before.trim());
      if (start < 0) {
        this.text = '';
        return;
      }
      const end = balancedEnd(this.text, start);
      if (end < 0) {
        this.text = this.text.slice(start);
        return;
      }
      const objectText = this.text.slice(start, end + 1);
      this.text = this.text.slice(end + 1);
      this.emit(objectText);
    }
  }

  private emit(objectText: string): void {
    try {
      const value: unknown = JSON.parse(objectText);
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        this.sink.object(value as Record<string, unknown>, objectText);
        return;
      }
    } catch {
      // falls through: balanced but not JSON
    }
    this.sink.invalid(objectText);
  }
}

function balancedEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}
