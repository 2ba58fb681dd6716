import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import WebSocket from 'ws';
import { err, ok, type Result } from '../../shared/result.js';
import { connectError, errnoOf, mapConnectError } from './connect-errors.js';
import { formatRemote, wsUrl } from './address.js';
import { WsTransport } from './ws-connection.js';
import type { ConnectError, Transport } from './transport.js';

export interface WsConnectOptions {
  host: string;
  port: number;
  /** Default '/ws' (protocol.md §2.1: revA serves ws://host:80/ws). */
  path?: string;
  connectTimeoutMs?: number;
  /**
   * Default 10000, the library's heartbeat (§2.3): a ping every interval; a ping still
   * unanswered at the next tick means the peer is dead (terminate, CloseReason 'dead').
   * 0 disables the heartbeat.
   */
  pingIntervalMs?: number;
  /** Largest frame accepted; bigger frames close the connection as a protocol error. */
  maxObjectBytes?: number;
}

/** Connects to a revA outlet over WebSocket. Closing and liveness live in WsTransport. */
export function connectWs(o: WsConnectOptions): Promise<Result<Transport, ConnectError>> {
  const remote = formatRemote(o.host, o.port);
  const timeoutMs = o.connectTimeoutMs ?? 10_000;
  return new Promise((resolve) => {
    let ws: WebSocket;
    try {
      ws = new WebSocket(wsUrl(o.host, o.port, o.path ?? '/ws'), {
        perMessageDeflate: false, // embedded peer; keep frames plain
        followRedirects: false, // a redirect means "not a device": report a handshake error
        maxPayload: o.maxObjectBytes ?? 65_536,
      });
    } catch (error) {
      resolve(err(connectError('not-found', remote, `invalid address: ${String(error)}`)));
      return;
    }
    let socket: Socket | null = null;
    const settle = (result: Result<Transport, ConnectError>): void => {
      clearTimeout(timer);
      ws.off('open', onOpen).off('error', onError).off('close', onClose);
      // ws may still report the aborted attempt; an 'error' without a listener would throw.
      if (!result.ok) ws.on('error', () => undefined);
      resolve(result);
    };
    const onOpen = (): void => {
      const transport = new WsTransport(ws, socket, remote, o.pingIntervalMs ?? 10_000);
      settle(ok(transport));
    };
    const onError = (error: Error): void => {
      ws.terminate();
      settle(err(mapWsConnectError(error, remote)));
    };
    const onClose = (): void => settle(err(connectError('closed', remote)));
    const timer = setTimeout(() => {
      ws.terminate();
      settle(err(connectError('timeout', remote, `no WebSocket handshake after ${timeoutMs} ms`)));
    }, timeoutMs);
    ws.once('upgrade', (res: IncomingMessage) => {
      socket = res.socket;
    });
    ws.once('open', onOpen).once('error', onError).once('close', onClose);
  });
}

/**
 * Network errors carry an errno; ws's own handshake failures ("Unexpected server response:
 * 404", "Invalid Sec-WebSocket-Accept header", ...) do not: a server answered, but it is not
 * a device's WebSocket endpoint.
 */
function mapWsConnectError(error: Error, remote: string): ConnectError {
  if (errnoOf(error) !== undefined) return mapConnectError(error, remote);
  return connectError('handshake', remote, error.message);
}
