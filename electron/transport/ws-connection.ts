import type { Socket } from 'node:net';
import WebSocket from 'ws';
import { encodeForWs } from '../protocol/encode.js';
import type { RequestEnvelope } from '../protocol/envelope.js';
import { isJsonObject } from '../protocol/json-value.js';
import { errnoOf } from './connect-errors.js';
import { TransportEvents } from './transport-events.js';
import type { CloseReason, Transport } from './transport.js';

/** After close() sent the close frame, how long the peer gets to answer before we cut it. */
const CLOSE_GRACE_MS = 1_000;

/**
 * An open revA WebSocket: one JSON object per frame each way, with a ping heartbeat because
 * a rebooting outlet just goes silent (protocol.md §2.3, §2.5).
 */
export class WsTransport implements Transport {
  readonly kind = 'ws' as const;
  private readonly events = new TransportEvents();
  /** Null when pings are disabled (pingIntervalMs <= 0). */
  private readonly heartbeat: NodeJS.Timeout | null;
  private awaitingPong = false;
  /** First cause seen (local, dead, error, protocol); 'close' reports it, else 'remote'. */
  private cause: CloseReason | null = null;

  /** `socket` is the upgraded TCP socket, watched because ws swallows its errors. */
  constructor(
    private readonly ws: WebSocket,
    socket: Socket | null,
    readonly remote: string,
    pingIntervalMs: number,
  ) {
    socket?.on('error', (error) => this.setCause({ kind: 'error', message: error.message }));
    ws.on('message', (data, isBinary) => this.receive(data, isBinary));
    ws.on('pong', () => {
      this.awaitingPong = false;
    });
    ws.on('error', (error) => this.setCause(closeReasonFor(error)));
    ws.on('close', () => {
      this.stopHeartbeat();
      this.events.finish(this.cause ?? { kind: 'remote' });
    });
    this.heartbeat =
      pingIntervalMs > 0 ? setInterval(() => this.beat(pingIntervalMs), pingIntervalMs) : null;
  }

  get isOpen(): boolean {
    return this.cause === null && this.ws.readyState === WebSocket.OPEN;
  }

  send(request: RequestEnvelope): boolean {
    if (!this.isOpen) return false;
    this.ws.send(encodeForWs(request));
    return true;
  }

  onMessage(listener: (message: Record<string, unknown>) => void): () => void {
    return this.events.onMessage(listener);
  }

  onWarning(listener: (warning: string) => void): () => void {
    return this.events.onWarning(listener);
  }

  onClose(listener: (reason: CloseReason) => void): () => void {
    return this.events.onClose(listener);
  }

  /** Sends a normal close frame; terminates if the peer does not answer it promptly. */
  close(): void {
    if (!this.isOpen) return; // already closing, or the peer's close is being reported
    this.cause = { kind: 'local' };
    this.stopHeartbeat();
    const timer = setTimeout(() => this.ws.terminate(), CLOSE_GRACE_MS);
    timer.unref();
    this.ws.once('close', () => clearTimeout(timer));
    this.ws.close(1000);
  }

  /** The previous ping is still unanswered a whole interval later: the peer is gone. */
  private beat(intervalMs: number): void {
    if (this.awaitingPong) {
      this.setCause({ kind: 'dead', message: `no pong within ${intervalMs} ms` });
      this.stopHeartbeat();
      this.ws.terminate();
      return;
    }
    this.awaitingPong = true;
    this.ws.ping();
  }

  private receive(data: WebSocket.RawData, isBinary: boolean): void {
    if (this.cause !== null) return;
    const text = rawToText(data);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.events.emitWarning(`skipped a ${isBinary ? 'binary' : 'text'} frame that is not JSON`);
      return;
    }
    if (isJsonObject(value)) this.events.emitMessage(value);
    else this.events.emitWarning('skipped a frame whose JSON is not an object');
  }

  private stopHeartbeat(): void {
    if (this.heartbeat !== null) clearInterval(this.heartbeat);
  }

  private setCause(reason: CloseReason): void {
    this.cause ??= reason;
  }
}

/** ws reports malformed frames (too big, bad UTF-8, bad opcode) with WS_ERR_* codes. */
function closeReasonFor(error: Error): CloseReason {
  const code = errnoOf(error);
  if (code?.startsWith('WS_ERR_') === true) return { kind: 'protocol', message: error.message };
  return { kind: 'error', message: error.message };
}

/** Binary frames are tolerated and read as UTF-8 too; some embedded servers send JSON so. */
function rawToText(data: WebSocket.RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}
