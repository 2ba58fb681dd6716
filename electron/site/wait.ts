import type { Clock } from '../support/clock.js';

/** A pause on the injected clock (fake clocks in unit tests, real time in the app). */
export function sleep(clock: Clock, ms: number): Promise<void> {
  return new Promise((resolve) => void clock.setTimeout(resolve, ms));
}
