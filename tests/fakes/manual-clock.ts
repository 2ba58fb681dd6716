import type { Clock, TimerHandle } from '../../electron/support/clock.js';

interface Scheduled {
  readonly id: number;
  readonly due: number;
  readonly callback: () => void;
}

/** A clock that moves only when the test says so. */
export class ManualClock implements Clock {
  private time = 0;
  private nextId = 1;
  private scheduled: Scheduled[] = [];

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): TimerHandle {
    const entry = { id: this.nextId++, due: this.time + ms, callback };
    this.scheduled.push(entry);
    return entry.id;
  }

  clearTimeout(handle: TimerHandle): void {
    this.scheduled = this.scheduled.filter((entry) => entry.id !== handle);
  }

  /** Delays of the timers now pending, soonest first. */
  pendingDelays(): number[] {
    return this.scheduled.map((entry) => entry.due - this.time).sort((a, b) => a - b);
  }

  /** Moves time forward, firing due timers in order (including ones they schedule). */
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const next = [...this.scheduled].sort((a, b) => a.due - b.due || a.id - b.id)[0];
      if (!next || next.due > until) break;
      this.scheduled = this.scheduled.filter((entry) => entry !== next);
      this.time = next.due;
      next.callback();
    }
    this.time = until;
  }
}
