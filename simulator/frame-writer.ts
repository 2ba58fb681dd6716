import type { Socket } from 'node:net';
import type { Rng } from './rng.js';
import type { SimFraming } from './types.js';

/** Real milliseconds (not scaled by speed): these model TCP segments, not device time. */
const COALESCE_WINDOW_MS = 8;
const SPLIT_GAP_MIN_MS = 2;
const SPLIT_GAP_MAX_MS = 5;
/** How often a split lands inside a multi-byte UTF-8 character when the frame has one. */
const MID_CHARACTER_SPLIT_CHANCE = 0.4;

type Style = 'newline' | 'none' | 'split' | 'coalesce';
const STYLES: readonly Style[] = ['newline', 'none', 'split', 'coalesce'];

/**
 * Writes device -> client frames the way revB hardware does (protocol.md §2.1): sometimes
 * newline-terminated, sometimes back-to-back, sometimes one object across several reads
 * (now and then cut inside a UTF-8 character), sometimes several objects in one segment.
 * Split parts are written a few ms apart so the client really gets separate reads.
 * Frames keep their order: a frame waits while an earlier one is still being written.
 */
export class FrameWriter {
  private readonly frames: string[] = [];
  private parts: Buffer[] = [];
  private timer: NodeJS.Timeout | null = null;
  private dead = false;

  constructor(
    private readonly socket: Socket,
    private readonly framing: SimFraming,
    private readonly rng: Rng,
  ) {}

  enqueue(text: string): void {
    if (this.dead) return;
    this.frames.push(text);
    this.pump();
  }

  /** Writes everything still queued in one go (before a restart drops the socket). */
  flushNow(): void {
    this.clearTimer();
    const rest = [...this.parts, ...this.frames.map((text) => this.encode(text, this.delimiter()))];
    this.parts = [];
    this.frames.length = 0;
    if (rest.length > 0) this.write(Buffer.concat(rest));
  }

  dispose(): void {
    this.dead = true;
    this.clearTimer();
    this.parts = [];
    this.frames.length = 0;
  }

  private pump(): void {
    while (!this.dead && this.timer === null) {
      const part = this.parts.shift();
      if (part !== undefined) {
        this.write(part);
        if (this.parts.length > 0) this.wait(this.rng.int(SPLIT_GAP_MIN_MS, SPLIT_GAP_MAX_MS));
        continue;
      }
      const text = this.frames[0];
      if (text === undefined) return;
      const style = this.framing === 'chaos' ? this.rng.pick(STYLES) : this.framing;
      if (style === 'coalesce') {
        this.wait(COALESCE_WINDOW_MS, () => this.writeCoalesced());
        return;
      }
      this.frames.shift();
      if (style === 'split') this.parts = this.cut(this.encode(text, this.delimiter()));
      else this.write(this.encode(text, style === 'newline' ? '\n' : ''));
    }
  }

  /** Everything queued by the end of the gather window goes out as one write. */
  private writeCoalesced(): void {
    const texts = this.frames.splice(0, this.frames.length);
    this.write(Buffer.concat(texts.map((text) => this.encode(text, this.delimiter()))));
  }

  /** 'newline' always, 'chaos' sometimes; the other styles send objects back-to-back. */
  private delimiter(): string {
    if (this.framing === 'newline') return '\n';
    if (this.framing === 'chaos') return this.rng.chance(0.5) ? '\n' : '';
    return '';
  }

  private encode(text: string, delimiter: string): Buffer {
    return Buffer.from(text + delimiter, 'utf8');
  }

  /** Two or three non-empty parts; sometimes one cut falls between the bytes of a character. */
  private cut(bytes: Buffer): Buffer[] {
    if (bytes.length < 2) return [bytes];
    const cuts = new Set<number>();
    const inside = continuationIndexes(bytes);
    if (inside.length > 0 && this.rng.chance(MID_CHARACTER_SPLIT_CHANCE)) {
      cuts.add(this.rng.pick(inside));
    }
    const wanted = this.rng.int(1, 2);
    while (cuts.size < Math.min(wanted, bytes.length - 1))
      cuts.add(this.rng.int(1, bytes.length - 1));
    const points = [0, ...[...cuts].sort((a, b) => a - b), bytes.length];
    return points.slice(1).map((end, i) => bytes.subarray(points[i], end));
  }

  private wait(ms: number, then?: () => void): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      then?.();
      this.pump();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private write(bytes: Buffer): void {
    if (!this.socket.destroyed && this.socket.writable) this.socket.write(bytes);
  }
}

/** Byte offsets of UTF-8 continuation bytes: cutting there splits a character. */
function continuationIndexes(bytes: Buffer): number[] {
  const indexes: number[] = [];
  for (let i = 1; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if ((byte & 0xc0) === 0x80) indexes.push(i);
  }
  return indexes;
}
