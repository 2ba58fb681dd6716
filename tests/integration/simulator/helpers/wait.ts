import type { SimEvent } from '../../../../simulator/index.js';

/** Rejects with "timed out waiting for <what>" unless `promise` settles within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what()}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Collects the simulator's SimEvents (pass `recorder.log` as the `log` option) so a test can
 * wait for "the device rebooted" instead of sleeping.
 */
export class EventRecorder {
  readonly events: SimEvent[] = [];
  private readonly waiters = new Set<() => void>();

  readonly log = (event: SimEvent): void => {
    this.events.push(event);
    for (const waiter of [...this.waiters]) waiter();
  };

  kinds(): string[] {
    return this.events.map((event) => event.kind);
  }

  count(kind: string): number {
    return this.events.filter((event) => event.kind === kind).length;
  }

  /** Resolves at the next event of `kind` that happens from now on. */
  next(kind: string): Promise<SimEvent> {
    const seen = this.count(kind);
    return new Promise<SimEvent>((resolve) => {
      const check = (): void => {
        const event = this.events.filter((e) => e.kind === kind)[seen];
        if (event === undefined) return;
        this.waiters.delete(check);
        resolve(event);
      };
      this.waiters.add(check);
    });
  }

  /** Resolves when the `nth` (1-based) event of `kind` has happened. */
  waitFor(kind: string, nth = 1, timeoutMs = 5000): Promise<SimEvent> {
    return withTimeout(
      new Promise<SimEvent>((resolve) => {
        const check = (): void => {
          const event = this.events.filter((e) => e.kind === kind)[nth - 1];
          if (event === undefined) return;
          this.waiters.delete(check);
          resolve(event);
        };
        this.waiters.add(check);
        check();
      }),
      timeoutMs,
      () => `event ${kind} #${nth}; got ${this.kinds().join(',')}`,
    );
  }
}
