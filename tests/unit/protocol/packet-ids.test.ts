import { describe, expect, it } from 'vitest';
import { PacketIdAllocator } from '../../../electron/protocol/packet-ids.js';

/** A random source that replays the given values, then repeats the last one. */
function scripted(...values: number[]): () => number {
  let i = 0;
  return () => values[Math.min(i++, values.length - 1)];
}

describe('PacketIdAllocator', () => {
  it('draws six-digit IDs without a leading zero', () => {
    const ids = new PacketIdAllocator();
    for (let i = 0; i < 5000; i += 1) {
      const id = ids.next(new Set());
      expect(Number.isInteger(id)).toBe(true);
      expect(id).toBeGreaterThanOrEqual(100000);
      expect(id).toBeLessThanOrEqual(999999);
    }
  });

  it('maps the injected random onto the whole range', () => {
    expect(new PacketIdAllocator(() => 0).next(new Set())).toBe(100000);
    expect(new PacketIdAllocator(() => 0.5).next(new Set())).toBe(550000);
    expect(new PacketIdAllocator(() => 0.9999999999).next(new Set())).toBe(999999);
  });

  it('stays in range whatever a broken random returns', () => {
    for (const value of [1, 7, -3, Number.NaN, Number.POSITIVE_INFINITY]) {
      const id = new PacketIdAllocator(() => value).next(new Set());
      expect(id).toBeGreaterThanOrEqual(100000);
      expect(id).toBeLessThanOrEqual(999999);
    }
  });

  it('draws again when the ID is in flight', () => {
    const ids = new PacketIdAllocator(scripted(0, 0, 0.5));
    expect(ids.next(new Set([100000]))).toBe(550000);
  });

  it('never returns an in-flight ID even when random keeps colliding', () => {
    const ids = new PacketIdAllocator(() => 0.9999999999);
    expect(ids.next(new Set([999999]))).toBe(100000);
  });

  it('hands out unique IDs while they stay in flight', () => {
    const ids = new PacketIdAllocator(scripted(0.1, 0.1, 0.1, 0.2));
    const inFlight = new Set<number>();
    for (let i = 0; i < 200; i += 1) {
      const id = ids.next(inFlight);
      expect(inFlight.has(id)).toBe(false);
      inFlight.add(id);
    }
    expect(inFlight.size).toBe(200);
  });
});
