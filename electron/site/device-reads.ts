import type { AppError } from '../../shared/errors.js';
import type { Result } from '../../shared/result.js';
import {
  reachableCheck,
  unreachableCheck,
  type DeviceCheck,
  type VersionSet,
} from '../../shared/site/device-check.js';
import type { DeviceAddress } from '../../shared/site/device-address.js';
import { connectOutlet, type ConnectedOutlet } from '../outlet/connect-outlet.js';
import type { Connector } from '../outlet/connectors.js';
import { readAvailableUpdates, readDeviceInfo } from '../outlet/device-reads.js';
import type { Clock } from '../support/clock.js';
import type { Logger } from '../support/logger.js';

/** How site mode reaches devices; tests shrink the timeouts and may inject a connector. */
export interface ReachOptions {
  readonly clock: Clock;
  readonly log: Logger;
  readonly connectTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly connector?: Connector;
}

export function connectDevice(
  address: DeviceAddress,
  reach: ReachOptions,
): Promise<Result<ConnectedOutlet>> {
  return connectOutlet({
    host: address.host,
    tcpPort: address.tcpPort ?? undefined,
    wsPort: address.wsPort ?? undefined,
    transport: 'auto',
    connectTimeoutMs: reach.connectTimeoutMs,
    requestTimeoutMs: reach.requestTimeoutMs,
    clock: reach.clock,
    connector: reach.connector,
    log: reach.log,
  });
}

/** Something answered but it is not (or not acting like) an outlet: a failure, not absence. */
export function isNotAnOutlet(error: AppError): boolean {
  return ['not-an-outlet', 'protocol', 'connection-lost', 'device-rejected'].includes(error.code);
}

/** The check of a device that could not be connected to. */
export function failedCheck(error: AppError, at: number): DeviceCheck {
  return unreachableCheck(at, error.message, isNotAnOutlet(error));
}

/** 12 is fresh from the connect; 20 says what could be installed (null: could not check). */
export async function checkConnected(outlet: ConnectedOutlet, clock: Clock): Promise<DeviceCheck> {
  const updates = await readAvailableUpdates(outlet.session);
  return reachableCheck(
    clock.now(),
    outlet.info,
    outlet.session.kind,
    updates.ok ? updates.value : null,
  );
}

/** Pre-flight for one device: connect, read 12 and 20, close. */
export async function checkDevice(
  address: DeviceAddress,
  reach: ReachOptions,
): Promise<DeviceCheck> {
  const connected = await connectDevice(address, reach);
  if (!connected.ok) return failedCheck(connected.error, reach.clock.now());
  try {
    return await checkConnected(connected.value, reach.clock);
  } finally {
    connected.value.session.close();
  }
}

/** A fresh read of 12 and 20 over an open session, for the report's "after" column. */
export async function readAfter(outlet: ConnectedOutlet): Promise<VersionSet | null> {
  if (!outlet.session.isUp) return null;
  const info = await readDeviceInfo(outlet.session);
  if (!info.ok) return null;
  const updates = await readAvailableUpdates(outlet.session);
  return {
    outlet: info.value.outletVersion,
    web: updates.ok ? (updates.value.web?.current ?? null) : null,
    deco: info.value.deco?.version ?? null,
  };
}
