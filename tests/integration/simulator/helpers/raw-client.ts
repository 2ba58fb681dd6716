import { withTimeout } from './wait.js';

/** A device message as the tests look at it. */
export interface DeviceMessage {
  sn?: string;
  packetID?: number;
  PUBACK?: number;
  payload?: { callbackName?: number; callbackArgs?: unknown };
}

const DEFAULT_TIMEOUT_MS = 5000;

export interface RetryOptions {
  /** Bounded: give up after this many refused attempts. Default 250 (5 s at 20 ms). */
  attempts?: number;
  intervalMs?: number;
  /** Resolves when retrying now is worth it (e.g. the simulator logged 'listening'). */
  wake?: () => Promise<unknown>;
}

/**
 * Reconnects like a real client during a restart: retry every `intervalMs` (a refused
 * connect fails at once), or sooner when `wake` fires, with a bounded number of attempts.
 */
export async function withRetry<T>(
  connectOnce: () => Promise<T>,
  retry: RetryOptions = {},
): Promise<T> {
  const { attempts = 250, intervalMs = 20, wake } = retry;
  for (let attempt = 1; ; attempt++) {
    try {
      return await connectOnce();
    } catch (error) {
      if (attempt >= attempts) throw error;
      let timer: NodeJS.Timeout | undefined;
      const pause = new Promise((resolve) => (timer = setTimeout(resolve, intervalMs)));
      await Promise.race(wake === undefined ? [pause] : [pause, wake()]);
      clearTimeout(timer);
    }
  }
}

let nextPacketId = 200_000;

/**
 * What both raw clients share: everything the device sent, sorted into parsed objects,
 * invalid objects and stray text, plus bounded waits for a message or for the close.
 * It exists so the simulator is checked by code that shares nothing with the app's client.
 */
export abstract class RawClient {
  readonly messages: DeviceMessage[] = [];
  readonly invalid: string[] = [];
  readonly stray: string[] = [];
  private readonly waiters = new Set<() => void>();
  private isClosed = false;
  private readonly closedPromise: Promise<void>;
  private markClosed!: () => void;

  constructor() {
    this.closedPromise = new Promise((resolve) => (this.markClosed = resolve));
  }

  get closed(): boolean {
    return this.isClosed;
  }

  /** Sends a request and returns its packetID. */
  request(callbackName: number, callbackArgs?: unknown): number {
    const packetID = nextPacketId++;
    const payload = callbackArgs === undefined ? { callbackName } : { callbackName, callbackArgs };
    this.sendText(JSON.stringify({ packetID, payload }) + '\n');
    return packetID;
  }

  /** Resolves once `condition` holds, re-checked whenever anything arrives. */
  waitUntil(condition: () => boolean, what: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    return withTimeout(
      new Promise<void>((resolve) => {
        const check = (): void => {
          if (!condition()) return;
          this.waiters.delete(check);
          resolve();
        };
        this.waiters.add(check);
        check();
      }),
      timeoutMs,
      () => `${what}; got ${JSON.stringify(this.messages.map((m) => m.payload ?? m))}`,
    );
  }

  /** The first message (already received or coming) that matches. */
  async waitFor(
    match: (message: DeviceMessage) => boolean,
    what: string,
    timeoutMs = DEFAULT_TIMEOUT_MS,
  ): Promise<DeviceMessage> {
    await this.waitUntil(() => this.messages.some(match), what, timeoutMs);
    return this.messages.find(match) as DeviceMessage;
  }

  reply(packetID: number, timeoutMs?: number): Promise<DeviceMessage> {
    return this.waitFor(
      (m) => m.packetID === packetID && 'PUBACK' in m,
      `reply ${packetID}`,
      timeoutMs,
    );
  }

  waitForClose(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<void> {
    return withTimeout(this.closedPromise, timeoutMs, () => 'connection to close');
  }

  abstract sendText(text: string): void;
  abstract close(): void;

  protected received(message: DeviceMessage): void {
    this.messages.push(message);
    this.changed();
  }

  /** Something arrived (a message, an invalid object, stray text): re-check the waits. */
  protected changed(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  protected ended(): void {
    this.isClosed = true;
    this.markClosed();
  }
}
