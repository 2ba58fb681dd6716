import { createConnection, type Socket } from 'node:net';
import { err, ok, type Result } from '../../shared/result.js';
import { encodeForTcp } from '../protocol/encode.js';
import type { RequestEnvelope } from '../protocol/envelope.js';
import { JsonObjectSplitter, OversizeObjectError } from '../protocol/json-object-splitter.js';
import { bareHost, formatRemote } from './address.js';
import { connectError, mapConnectError } from './connect-errors.js';
import { applySocketOptions, DEFAULT_KEEPALIVE, type KeepAliveOptions } from './tcp-keepalive.js';
import { TransportEvents } from './transport-events.js';
import type { CloseReason, ConnectError, Transport } from './transport.js';

export interface TcpConnectOptions {
  host: string;
  port: number;
  connectTimeoutMs?: number;
  keepAlive?: KeepAliveOptions;
  /** Largest object accepted from the device; larger means the stream is broken. */
  maxObjectBytes?: number;
}

/** After close() flushed our FIN, how long we wait for the peer before destroying the socket. */
const CLOSE_GRACE_MS = 1_000;

/** Connects to a revB outlet over raw TCP (protocol.md §2.1, port 3333). */
export function connectTcp(o: TcpConnectOptions): Promise<Result<Transport, ConnectError>> {
  const remote = formatRemote(o.host, o.port);
  const timeoutMs = o.connectTimeoutMs ?? 10_000;
  return new Promise((resolve) => {
    let socket: Socket;
    try {
      socket = createConnection({ host: bareHost(o.host), port: o.port });
    } catch (error) {
      resolve(err(connectError('not-found', remote, `invalid address: ${String(error)}`)));
      return;
    }
    const settle = (result: Result<Transport, ConnectError>): void => {
      clearTimeout(timer);
      socket.off('connect', onConnect).off('error', onError).off('close', onClose);
      resolve(result);
    };
    const onConnect = (): void => {
      applySocketOptions(socket, o.keepAlive ?? DEFAULT_KEEPALIVE);
      settle(ok(new TcpTransport(socket, remote, o.maxObjectBytes)));
    };
    const onError = (error: Error): void => {
      socket.destroy();
      settle(err(mapConnectError(error, remote)));
    };
    const onClose = (): void => settle(err(connectError('closed', remote)));
    const timer = setTimeout(() => {
      socket.destroy();
      settle(err(connectError('timeout', remote, `no connection after ${timeoutMs} ms`)));
    }, timeoutMs);
    socket.once('connect', onConnect).once('error', onError).once('close', onClose);
  });
}

/** An open TCP connection: newline-terminated writes, reads through the JSON splitter. */
class TcpTransport implements Transport {
  readonly kind = 'tcp' as const;
  private readonly events = new TransportEvents();
  private readonly splitter: JsonObjectSplitter;
  /** First cause seen (error, protocol, local); 'close' reports it, else 'remote'. */
  private cause: CloseReason | null = null;

  constructor(
    private readonly socket: Socket,
    readonly remote: string,
    maxObjectBytes?: number,
  ) {
    this.splitter = new JsonObjectSplitter({
      maxObjectBytes,
      onWarning: (w) => this.events.emitWarning(`${w.kind}: ${w.detail}`),
    });
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', (error) => {
      this.cause ??= { kind: 'error', message: error.message };
    });
    socket.on('close', () => this.events.finish(this.cause ?? { kind: 'remote' }));
  }

  get isOpen(): boolean {
    // `writable` turns false as soon as the peer's FIN arrives (we are not half-open), so a
    // send racing a remote close returns false instead of erroring.
    return this.cause === null && !this.events.closed && this.socket.writable;
  }

  send(request: RequestEnvelope): boolean {
    if (!this.isOpen) return false;
    this.socket.write(encodeForTcp(request));
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

  /** Flushes pending writes and sends FIN; destroys after a grace period if the peer lingers. */
  close(): void {
    if (!this.isOpen) return; // already closing, or the peer's close is being reported
    this.cause = { kind: 'local' };
    const timer = setTimeout(() => this.socket.destroy(), CLOSE_GRACE_MS);
    timer.unref();
    this.socket.once('close', () => clearTimeout(timer));
    this.socket.end();
  }

  private receive(chunk: Buffer): void {
    if (this.cause !== null) return; // closing: the session no longer wants device output
    try {
      for (const message of this.splitter.push(chunk)) this.events.emitMessage(message);
    } catch (error) {
      if (!(error instanceof OversizeObjectError)) throw error;
      for (const message of error.objectsBefore) this.events.emitMessage(message);
      this.cause = { kind: 'protocol', message: `${error.message}; connection reset` };
      this.socket.resetAndDestroy();
    }
  }
}
