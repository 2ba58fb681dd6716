import {
  DEFAULT_TCP_PORT,
  DEFAULT_WS_PORT,
  type DeviceAddress,
} from '../../shared/site/device-address.js';
import type { DiscoveredDevice } from '../../shared/site/discovered-device.js';
import { err, ok, type Result } from '../../shared/result.js';
import { connectOutlet } from '../outlet/connect-outlet.js';
import type { Connector } from '../outlet/connectors.js';
import { silentLogger, type Logger } from '../support/logger.js';
import { hostsOf, parseCidr } from './cidr.js';
import { deviceFromOutlet } from './found-device.js';
import { runBounded } from './run-bounded.js';

export interface ScanOptions {
  /** IPv4 ranges, each /22 or smaller; see localSubnets() for the default. */
  readonly subnets: readonly string[];
  readonly tcpPort?: number;
  readonly wsPort?: number;
  /** Hosts probed at once; default 64. */
  readonly concurrency?: number;
  /** Connect timeout per probe; default 700 ms (a LAN host answers in a few ms). */
  readonly probeTimeoutMs?: number;
  /** How long a responder has to answer the device-info read; default 2 s. */
  readonly confirmTimeoutMs?: number;
  readonly log?: Logger;
  readonly connector?: Connector;
  readonly now?: () => number;
  readonly onProgress?: (progress: { readonly probed: number; readonly total: number }) => void;
  readonly onFound?: (device: DiscoveredDevice) => void;
  readonly signal?: AbortSignal;
}

export interface ScanResult {
  readonly subnets: readonly string[];
  readonly found: readonly DiscoveredDevice[];
  /** Something answered on a port but was not an outlet (no valid device-info reply). */
  readonly dropped: ReadonlyArray<{ readonly address: string; readonly reason: string }>;
  readonly probed: number;
  readonly total: number;
  readonly durationMs: number;
}

const SILENT = ['refused', 'timeout', 'unreachable'];

/**
 * The fallback when mDNS finds nothing (multicast blocked on many site Wi-Fis): probe TCP
 * 3333 (revB) and WebSocket 80/ws (revA) on every host with bounded concurrency and a short
 * timeout. Each probe that connects is confirmed by a device-info read (12) through
 * connectOutlet, so routers, printers and other listeners are dropped.
 */
export async function scanSubnets(options: ScanOptions): Promise<Result<ScanResult, string>> {
  const now = options.now ?? Date.now;
  const started = now();
  const hosts: string[] = [];
  for (const subnet of options.subnets) {
    const cidr = parseCidr(subnet);
    if (!cidr.ok) return err(cidr.error);
    hosts.push(...hostsOf(cidr.value));
  }
  const unique = [...new Set(hosts)];
  const found: DiscoveredDevice[] = [];
  const dropped: Array<{ address: string; reason: string }> = [];
  let probed = 0;
  options.onProgress?.({ probed, total: unique.length });
  await runBounded(unique, options.concurrency ?? 64, async (host) => {
    if (options.signal?.aborted) return;
    const result = await probeHost(host, options, now);
    if (result.device) {
      found.push(result.device);
      options.onFound?.(result.device);
    } else if (result.reason) dropped.push({ address: host, reason: result.reason });
    probed += 1;
    options.onProgress?.({ probed, total: unique.length });
  });
  return ok({
    subnets: options.subnets,
    found,
    dropped,
    probed,
    total: unique.length,
    durationMs: now() - started,
  });
}

interface Probe {
  readonly device: DiscoveredDevice | null;
  readonly reason: string | null;
}

/** Both ports at once; an outlet on either wins, a non-outlet responder is reported. */
async function probeHost(host: string, options: ScanOptions, now: () => number): Promise<Probe> {
  const tcpPort = options.tcpPort ?? DEFAULT_TCP_PORT;
  const wsPort = options.wsPort ?? DEFAULT_WS_PORT;
  const address: DeviceAddress = {
    host,
    tcpPort: tcpPort === DEFAULT_TCP_PORT ? null : tcpPort,
    wsPort: wsPort === DEFAULT_WS_PORT ? null : wsPort,
  };
  const attempts = await Promise.all(
    (['tcp', 'ws'] as const).map((transport) =>
      connectOutlet({
        host,
        transport,
        tcpPort,
        wsPort,
        connectTimeoutMs: options.probeTimeoutMs ?? 700,
        requestTimeoutMs: options.confirmTimeoutMs ?? 2_000,
        connector: options.connector,
        log: options.log ?? silentLogger,
      }),
    ),
  );
  let device: DiscoveredDevice | null = null;
  const reasons: string[] = [];
  for (const attempt of attempts) {
    if (attempt.ok) {
      device ??= deviceFromOutlet(attempt.value, address, 'scan', now());
      attempt.value.session.close();
    } else if (!SILENT.includes(attempt.error.code)) reasons.push(attempt.error.message);
  }
  return { device, reason: device === null && reasons.length > 0 ? reasons.join('; ') : null };
}
