import { networkInterfaces } from 'node:os';
import { appError, type AppError } from '../../../shared/errors.js';
import type { SiteScanArgs, SiteScanView } from '../../../shared/ipc/site-contract.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { localSubnets } from '../../discovery/cidr.js';
import type { DiscoveryService } from '../../discovery/discovery-service.js';
import type { SiteEmit } from './open-jobs.js';

export interface SiteScanDeps {
  readonly discovery: DiscoveryService;
  readonly emit: SiteEmit;
  /**
   * Also browse mDNS while scanning. On in the app; off in tests, which must send nothing
   * outside 127.0.0.0/8 (mDNS multicasts to 224.0.0.251).
   */
  readonly mdns: boolean;
}

export interface SiteScan {
  scan(args: SiteScanArgs): Promise<Result<SiteScanView, AppError>>;
  dispose(): Promise<void>;
}

/**
 * The Site view's "Scan the network": one scan at a time, progress as `site:scan-progressed`,
 * and every outlet known so far as the answer (the registry merges scan and mDNS by serial).
 */
export function createSiteScan(deps: SiteScanDeps): SiteScan {
  const { discovery, emit } = deps;
  let running: AbortController | null = null;

  async function scan(args: SiteScanArgs): Promise<Result<SiteScanView, AppError>> {
    if (running) return err(appError('busy', 'A scan is already running.', true));
    const given = args.subnet?.trim() ?? '';
    const subnets = given === '' ? localSubnets(networkInterfaces()) : [given];
    if (subnets.length === 0) {
      return err(
        appError('unreachable', 'This computer has no IPv4 network to scan; enter a subnet.'),
      );
    }
    if (deps.mdns) discovery.startMdns();
    const controller = new AbortController();
    running = controller;
    let found = 0;
    const stop = discovery.onEvent((event) => {
      if (event.type === 'found') found += 1;
      else emit('site:scan-progressed', { probed: event.probed, total: event.total, found });
    });
    try {
      const result = await discovery.scan({
        subnets,
        tcpPort: args.tcpPort,
        wsPort: args.wsPort,
        signal: controller.signal,
      });
      if (!result.ok) return err(appError('invalid-address', result.error));
      return ok({ devices: discovery.registry.list(), probed: result.value.probed });
    } finally {
      stop();
      running = null;
    }
  }

  return {
    scan,
    async dispose() {
      running?.abort();
      await discovery.stopMdns();
    },
  };
}
