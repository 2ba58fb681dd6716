import type { TransportKind } from '../../shared/model/device.js';
import type { RequestEnvelope } from '../protocol/envelope.js';

/** `tcp` = revB raw TCP :3333; `ws` = revA WebSocket :80/ws (protocol.md §2.1). One definition, in shared/model. */
export type { TransportKind };

/** Why a connection ended; the session decides whether to reconnect. */
export type CloseReason =
  | { kind: 'local' } // we called close()
  | { kind: 'remote' } // peer closed / EOF
  | { kind: 'error'; message: string } // socket error (ECONNRESET, ...)
  | { kind: 'dead'; message: string } // keepalive/ping says the peer is gone
  | { kind: 'protocol'; message: string }; // oversize object etc.; we reset the connection

/**
 * One open connection to one device. The same contract holds for TCP and WebSocket so the
 * session above never knows which generation it talks to.
 */
export interface Transport {
  readonly kind: TransportKind;
  /** "host:port" (IPv6 as "[addr]:port") for logs. */
  readonly remote: string;
  /** Sends one request; false if the connection is already closed. */
  send(request: RequestEnvelope): boolean;
  /**
   * Every decoded JSON object from the device, in order (TCP: via the splitter; WS: one per
   * frame, invalid frames warned and skipped). Objects that arrive before the first
   * listener subscribes are queued and handed to it, so none is lost between connect and
   * subscribe.
   */
  onMessage(listener: (message: Record<string, unknown>) => void): () => void;
  onWarning(listener: (warning: string) => void): () => void;
  /** Fires exactly once; a listener added after the close still gets the reason (async). */
  onClose(listener: (reason: CloseReason) => void): () => void;
  close(): void;
  readonly isOpen: boolean;
}

export type ConnectErrorCode =
  'refused' | 'timeout' | 'unreachable' | 'not-found' | 'handshake' | 'closed';

export interface ConnectError {
  code: ConnectErrorCode;
  message: string;
}
