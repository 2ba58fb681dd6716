import type { AppError } from '../../shared/errors.js';
import { appError } from '../../shared/errors.js';
import { validateHost, validatePort } from '../../shared/model/address.js';
import type { DeviceInfo } from '../../shared/model/device.js';
import type { TransportChoice } from '../../shared/model/ota.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { Clock } from '../support/clock.js';
import { systemClock } from '../support/clock.js';
import type { Logger } from '../support/logger.js';
import type { ConnectError, Transport, TransportKind } from '../transport/transport.js';
import { socketConnector, type Connector, type Endpoint } from './connectors.js';
import { readDeviceInfo } from './device-reads.js';
import { OutletSession } from './outlet-session.js';

export interface ConnectOptions {
  readonly host: string;
  readonly transport?: TransportChoice;
  readonly tcpPort?: number;
  readonly wsPort?: number;
  readonly connectTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
  readonly clock?: Clock;
  readonly connector?: Connector;
  readonly log: Logger;
}

export interface ConnectedOutlet {
  readonly session: OutletSession;
  readonly info: DeviceInfo;
}

export const DEFAULT_TCP_PORT = 3333;
export const DEFAULT_WS_PORT = 80;
export const WS_PATH = '/ws';

/**
 * Finds the outlet at an address and proves it is one. `auto` tries revB's raw TCP :3333
 * first and falls back to revA's WebSocket :80/ws when TCP is refused or silent
 * (protocol.md §2.1); a device-info read (12) then confirms, and `IM.hw_rev` is
 * cross-checked against the transport that worked.
 */
export async function connectOutlet(options: ConnectOptions): Promise<Result<ConnectedOutlet>> {
  const endpoint = checkEndpoint(options);
  if (!endpoint.ok) return endpoint;
  const connector = options.connector ?? socketConnector;
  const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
  const kinds: TransportKind[] =
    (options.transport ?? 'auto') === 'auto' ? ['tcp', 'ws'] : [options.transport as TransportKind];
  const failures: ConnectError[] = [];
  let opened: { kind: TransportKind; transport: Transport } | null = null;
  for (const kind of kinds) {
    const result = await connector(kind, endpoint.value, connectTimeoutMs);
    if (result.ok) {
      opened = { kind, transport: result.value };
      break;
    }
    failures.push(result.error);
    options.log.info(`${kind} connect failed: ${result.error.message}`);
    if (!['refused', 'timeout', 'closed'].includes(result.error.code)) break;
  }
  if (!opened) return err(describeFailures(failures));
  const session = new OutletSession(
    {
      endpoint: endpoint.value,
      connector,
      clock: options.clock ?? systemClock,
      log: options.log,
      connectTimeoutMs,
      requestTimeoutMs: options.requestTimeoutMs ?? 5_000,
    },
    opened.kind,
    opened.transport,
  );
  const info = await readDeviceInfo(session);
  if (!info.ok) {
    session.close();
    return err(notAnOutlet(info.error, session.remote));
  }
  if (info.value.isRevB !== (opened.kind === 'tcp')) {
    options.log.warn(
      `hardware revision ${info.value.hardwareRevision ?? 'unknown'} answered over ${opened.kind}`,
    );
  }
  return ok({ session, info: info.value });
}

function checkEndpoint(options: ConnectOptions): Result<Endpoint> {
  const host = validateHost(options.host);
  if (!host.ok) return err(appError('invalid-address', host.error));
  for (const port of [options.tcpPort, options.wsPort]) {
    if (port === undefined) continue;
    const checked = validatePort(port);
    if (!checked.ok) return err(appError('bad-argument', checked.error));
  }
  return ok({
    host: host.value,
    tcpPort: options.tcpPort ?? DEFAULT_TCP_PORT,
    wsPort: options.wsPort ?? DEFAULT_WS_PORT,
    wsPath: WS_PATH,
  });
}

function describeFailures(failures: readonly ConnectError[]): AppError {
  const detail = failures.map((failure) => failure.message).join('; ');
  const codes = failures.map((failure) => failure.code);
  if (codes.includes('not-found')) return appError('unreachable', detail, true);
  if (codes.includes('handshake')) return appError('not-an-outlet', detail);
  if (codes.length > 0 && codes.every((code) => code === 'refused')) {
    return appError('refused', detail, true);
  }
  if (codes.includes('timeout')) return appError('timeout', detail, true);
  return appError('unreachable', detail, true);
}

function notAnOutlet(error: AppError, remote: string): AppError {
  if (error.code === 'connection-lost') {
    return appError(
      'connection-lost',
      `${remote} closed the connection at once (another app may be connected to it).`,
      true,
    );
  }
  if (error.code === 'timeout') {
    return appError('not-an-outlet', `${remote} accepted the connection but never answered.`);
  }
  return appError('not-an-outlet', `${remote}: ${error.message}`);
}
