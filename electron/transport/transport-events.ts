import type { CloseReason } from './transport.js';

/** Objects kept for a transport nobody listens to yet; beyond this the oldest are dropped. */
const MAX_QUEUED = 1000;

/**
 * The listener bookkeeping both transports share: message/warning fan-out with a queue
 * until the first subscriber, and a close latch that fires exactly once.
 */
export class TransportEvents {
  private readonly messageListeners = new Set<(m: Record<string, unknown>) => void>();
  private readonly warningListeners = new Set<(w: string) => void>();
  private readonly closeListeners = new Set<(r: CloseReason) => void>();
  private queuedMessages: Array<Record<string, unknown>> | null = [];
  private queuedWarnings: string[] | null = [];
  private closeReason: CloseReason | null = null;

  get closed(): boolean {
    return this.closeReason !== null;
  }

  onMessage(listener: (m: Record<string, unknown>) => void): () => void {
    this.messageListeners.add(listener);
    const queued = this.queuedMessages ?? [];
    this.queuedMessages = null;
    for (const message of queued) listener(message);
    return () => this.messageListeners.delete(listener);
  }

  onWarning(listener: (w: string) => void): () => void {
    this.warningListeners.add(listener);
    const queued = this.queuedWarnings ?? [];
    this.queuedWarnings = null;
    for (const warning of queued) listener(warning);
    return () => this.warningListeners.delete(listener);
  }

  onClose(listener: (r: CloseReason) => void): () => void {
    const reason = this.closeReason;
    if (reason === null) {
      this.closeListeners.add(listener);
      return () => this.closeListeners.delete(listener);
    }
    let cancelled = false;
    queueMicrotask(() => {
      if (!cancelled) listener(reason);
    });
    return () => {
      cancelled = true;
    };
  }

  emitMessage(message: Record<string, unknown>): void {
    if (this.queuedMessages !== null) enqueue(this.queuedMessages, message);
    for (const listener of [...this.messageListeners]) listener(message);
  }

  emitWarning(warning: string): void {
    if (this.queuedWarnings !== null) enqueue(this.queuedWarnings, warning);
    for (const listener of [...this.warningListeners]) listener(warning);
  }

  /** Records the reason and notifies; later calls are ignored (the first cause wins). */
  finish(reason: CloseReason): void {
    if (this.closeReason !== null) return;
    this.closeReason = reason;
    const listeners = [...this.closeListeners];
    this.closeListeners.clear();
    for (const listener of listeners) listener(reason);
  }
}

function enqueue<T>(queue: T[], item: T): void {
  queue.push(item);
  if (queue.length > MAX_QUEUED) queue.shift();
}
