import type { AppError } from '../../shared/errors.js';
import { appError } from '../../shared/errors.js';
import type { Result } from '../../shared/result.js';
import { err } from '../../shared/result.js';
import { buildRequest, classifyMessage } from '../protocol/envelope.js';
import { PacketIdAllocator } from '../protocol/packet-ids.js';
import type { Clock, TimerHandle } from '../support/clock.js';
import type { Logger } from '../support/logger.js';
import type { CloseReason, Transport, TransportKind } from '../transport/transport.js';
import type { Connector, Endpoint } from './connectors.js';
import { PendingRequests, type Reply } from './pending-requests.js';
import { reconnectDelay, type ReconnectMode } from './reconnect-policy.js';

export interface Push {
  readonly callbackName: number;
  readonly args: unknown;
  readonly serial: string | null;
}

export type LinkState = 'up' | 'down';

export interface SessionDeps {
  readonly endpoint: Endpoint;
  readonly connector: Connector;
  readonly clock: Clock;
  readonly log: Logger;
  readonly connectTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly random?: () => number;
}

/** While the device restarts, give up on a silent connect attempt sooner. */
const FAST_CONNECT_TIMEOUT_MS = 2_000;

/**
 * One live conversation with one outlet over one transport kind: request/reply by packetID,
 * pushes by callbackName, and reconnection when the link drops (the kind never changes:
 * a revB outlet stays on TCP). Everything expected is a value; nothing here throws.
 */
export class OutletSession {
  private transport: Transport | null;
  private readonly pending: PendingRequests;
  private readonly ids: PacketIdAllocator;
  private readonly pushListeners = new Set<(push: Push) => void>();
  private readonly linkListeners = new Set<(state: LinkState) => void>();
  private mode: ReconnectMode = 'normal';
  private failures = 0;
  private reconnectTimer: TimerHandle | null = null;
  private closed = false;
  private readonly random: () => number;

  constructor(
    private readonly deps: SessionDeps,
    readonly kind: TransportKind,
    transport: Transport,
  ) {
    this.random = deps.random ?? Math.random;
    this.pending = new PendingRequests(deps.clock);
    this.ids = new PacketIdAllocator(this.random);
    this.transport = null;
    this.attach(transport);
  }

  get isUp(): boolean {
    return this.transport?.isOpen ?? false;
  }

  get remote(): string {
    const { host, tcpPort, wsPort } = this.deps.endpoint;
    return `${host}:${this.kind === 'tcp' ? tcpPort : wsPort}`;
  }

  request(callbackName: number, args?: unknown, timeoutMs?: number): Promise<Result<Reply>> {
    const transport = this.transport;
    if (this.closed || !transport?.isOpen) {
      return Promise.resolve(
        err(appError('connection-lost', 'Not connected to the device.', true)),
      );
    }
    const packetID = this.ids.next(this.pending.ids);
    const timeout = timeoutMs ?? this.deps.requestTimeoutMs;
    const reply = this.pending.add(packetID, timeout, () =>
      appError('timeout', `No reply to request ${callbackName} within ${timeout} ms.`, true),
    );
    if (!transport.send(buildRequest(packetID, callbackName, args))) {
      this.pending.settle(
        packetID,
        err(appError('connection-lost', 'The connection closed.', true)),
      );
    }
    return reply;
  }

  onPush(listener: (push: Push) => void): () => void {
    this.pushListeners.add(listener);
    return () => this.pushListeners.delete(listener);
  }

  onLink(listener: (state: LinkState) => void): () => void {
    this.linkListeners.add(listener);
    return () => this.linkListeners.delete(listener);
  }

  /** Fast while an update expects a restart; normal otherwise. Takes effect at once. */
  setReconnectMode(mode: ReconnectMode): void {
    if (this.mode === mode) return;
    this.mode = mode;
    if (this.reconnectTimer !== null) {
      this.deps.clock.clearTimeout(this.reconnectTimer);
      this.scheduleReconnect();
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.reconnectTimer !== null) this.deps.clock.clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    this.transport?.close();
    this.transport = null;
    this.pending.failAll(appError('cancelled', 'The session was closed.'));
    this.pushListeners.clear();
    this.linkListeners.clear();
  }

  private attach(transport: Transport): void {
    this.transport = transport;
    transport.onMessage((message) => this.dispatch(message));
    transport.onWarning((warning) => this.deps.log.warn(`device sent junk: ${warning}`));
    transport.onClose((reason) => this.onTransportClosed(transport, reason));
  }

  private dispatch(message: Record<string, unknown>): void {
    const classified = classifyMessage(message);
    switch (classified.kind) {
      case 'reply': {
        const { packetID, ok, callbackName, args, serial } = classified;
        if (
          !this.pending.settle(packetID, { ok: true, value: { ok, callbackName, args, serial } })
        ) {
          this.deps.log.info(`reply to no pending request ignored`, { packetID, callbackName });
        }
        return;
      }
      case 'push':
        for (const listener of [...this.pushListeners]) listener(classified);
        return;
      case 'unknown':
        this.deps.log.warn(`unrecognised message ignored: ${classified.reason}`);
        return;
    }
  }

  private onTransportClosed(transport: Transport, reason: CloseReason): void {
    if (this.transport !== transport || this.closed) return;
    this.transport = null;
    this.deps.log.info(`link down (${describeClose(reason)})`);
    this.pending.failAll(lostError(reason));
    this.emitLink('down');
    this.failures = 0;
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    const delay = reconnectDelay(this.mode, this.failures, this.random);
    this.reconnectTimer = this.deps.clock.setTimeout(() => {
      this.reconnectTimer = null;
      void this.reconnect();
    }, delay);
  }

  private async reconnect(): Promise<void> {
    const timeout = this.mode === 'fast' ? FAST_CONNECT_TIMEOUT_MS : this.deps.connectTimeoutMs;
    const result = await this.deps.connector(this.kind, this.deps.endpoint, timeout);
    if (this.closed) {
      if (result.ok) result.value.close();
      return;
    }
    if (!result.ok) {
      this.failures += 1;
      this.scheduleReconnect();
      return;
    }
    this.failures = 0;
    this.deps.log.info('link up again');
    this.attach(result.value);
    this.emitLink('up');
  }

  private emitLink(state: LinkState): void {
    for (const listener of [...this.linkListeners]) listener(state);
  }
}

function describeClose(reason: CloseReason): string {
  return 'message' in reason ? `${reason.kind}: ${reason.message}` : reason.kind;
}

function lostError(reason: CloseReason): AppError {
  if (reason.kind === 'protocol') return appError('protocol', reason.message, true);
  return appError('connection-lost', `The connection was lost (${describeClose(reason)}).`, true);
}
