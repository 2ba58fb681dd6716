/**
 * How long to wait before the next reconnect attempt.
 * - normal: 1 s doubling to 30 s, so a device that is gone is not hammered;
 * - fast: 100-250 ms with jitter, used while an update expects the device to restart,
 *   so a revB outlet's one-off synchronous 21 message is not missed (protocol.md Q5).
 */
export type ReconnectMode = 'normal' | 'fast';

export const NORMAL_INITIAL_MS = 1_000;
export const NORMAL_MAX_MS = 30_000;
export const FAST_MIN_MS = 100;
export const FAST_JITTER_MS = 150;

export function reconnectDelay(
  mode: ReconnectMode,
  failures: number,
  random: () => number,
): number {
  if (mode === 'fast') return FAST_MIN_MS + Math.floor(random() * FAST_JITTER_MS);
  return Math.min(NORMAL_MAX_MS, NORMAL_INITIAL_MS * 2 ** Math.max(0, failures));
}
