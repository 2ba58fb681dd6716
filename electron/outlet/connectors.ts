import type { Result } from '../../shared/result.js';
import { connectTcp } from '../transport/tcp-transport.js';
import type { ConnectError, Transport, TransportKind } from '../transport/transport.js';
import { connectWs } from '../transport/ws-transport.js';

export interface Endpoint {
  readonly host: string;
  readonly tcpPort: number;
  readonly wsPort: number;
  readonly wsPath: string;
}

/** Opens one transport of a kind; injectable so session tests can use fakes. */
export type Connector = (
  kind: TransportKind,
  endpoint: Endpoint,
  connectTimeoutMs: number,
) => Promise<Result<Transport, ConnectError>>;

export const socketConnector: Connector = (kind, endpoint, connectTimeoutMs) =>
  kind === 'tcp'
    ? connectTcp({ host: endpoint.host, port: endpoint.tcpPort, connectTimeoutMs })
    : connectWs({
        host: endpoint.host,
        port: endpoint.wsPort,
        path: endpoint.wsPath,
        connectTimeoutMs,
      });
