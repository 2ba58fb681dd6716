import type { AppError } from '../../shared/errors.js';
import type { Result } from '../../shared/result.js';
import { err } from '../../shared/result.js';
import type { Clock, TimerHandle } from '../support/clock.js';

export interface Reply {
  readonly ok: boolean;
  readonly callbackName: number | null;
  readonly args: unknown;
  readonly serial: string | null;
}

interface Pending {
  readonly settle: (result: Result<Reply>) => void;
  readonly timer: TimerHandle;
}

/** Requests in flight, keyed by packetID; each is settled exactly once. */
export class PendingRequests {
  private readonly byId = new Map<number, Pending>();

  constructor(private readonly clock: Clock) {}

  get ids(): ReadonlySet<number> {
    return new Set(this.byId.keys());
  }

  add(packetID: number, timeoutMs: number, onTimeout: () => AppError): Promise<Result<Reply>> {
    return new Promise((resolve) => {
      const timer = this.clock.setTimeout(() => {
        this.byId.delete(packetID);
        resolve(err(onTimeout()));
      }, timeoutMs);
      this.byId.set(packetID, { settle: resolve, timer });
    });
  }

  /** Settles the request with this packetID; false when none is waiting. */
  settle(packetID: number, result: Result<Reply>): boolean {
    const pending = this.byId.get(packetID);
    if (!pending) return false;
    this.byId.delete(packetID);
    this.clock.clearTimeout(pending.timer);
    pending.settle(result);
    return true;
  }

  /** The connection dropped: every waiting request gets the same error value. */
  failAll(error: AppError): void {
    for (const id of [...this.byId.keys()]) this.settle(id, err(error));
  }
}
