import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../../renderer/text/time-words.js';

describe('time words', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [5_000, '0:05'],
    [65_000, '1:05'],
    [180_000, '3:00'],
    [3_725_000, '1:02:05'],
    [-4_000, '0:00'],
  ])('formats %i ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
