/** Transports: the only code that opens sockets. TCP for revB outlets, WebSocket for revA. */
export type {
  CloseReason,
  ConnectError,
  ConnectErrorCode,
  Transport,
  TransportKind,
} from './transport.js';
export { connectTcp, type TcpConnectOptions } from './tcp-transport.js';
export { connectWs, type WsConnectOptions } from './ws-transport.js';
export { DEFAULT_KEEPALIVE, type KeepAliveOptions } from './tcp-keepalive.js';
