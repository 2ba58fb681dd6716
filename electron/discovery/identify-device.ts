import { parseAddressInput, type DeviceAddress } from '../../shared/site/device-address.js';
import type { DiscoveredDevice, DiscoverySource } from '../../shared/site/discovered-device.js';
import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { AppError } from '../../shared/errors.js';
import { connectOutlet } from '../outlet/connect-outlet.js';
import type { Connector } from '../outlet/connectors.js';
import type { Logger } from '../support/logger.js';
import { deviceFromOutlet } from './found-device.js';

export interface IdentifyOptions {
  readonly log: Logger;
  readonly wsPort?: number;
  readonly connectTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
  readonly connector?: Connector;
  readonly now?: () => number;
}

/** Manual add, step 1: what a person typed as an address, checked without touching the network. */
export function manualAddress(
  input: string,
  wsPort: number | null = null,
): Result<DeviceAddress, AppError> {
  const parsed = parseAddressInput(input);
  return parsed.ok
    ? ok({ ...parsed.value, wsPort })
    : err(appError('invalid-address', parsed.error));
}

/**
 * Manual add, step 2 (also for CSV rows): reads 12 at the address to learn the serial, the key
 * every other source merges on. The connection is closed again at once.
 */
export async function identifyDevice(
  address: DeviceAddress,
  source: DiscoverySource,
  options: IdentifyOptions,
): Promise<Result<DiscoveredDevice>> {
  const connected = await connectOutlet({
    host: address.host,
    tcpPort: address.tcpPort ?? undefined,
    wsPort: address.wsPort ?? options.wsPort,
    connectTimeoutMs: options.connectTimeoutMs,
    requestTimeoutMs: options.requestTimeoutMs,
    connector: options.connector,
    log: options.log,
  });
  if (!connected.ok) return connected;
  connected.value.session.close();
  return ok(deviceFromOutlet(connected.value, address, source, (options.now ?? Date.now)()));
}
