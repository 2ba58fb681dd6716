import { networkInterfaces } from 'node:os';
import type { DeviceAddress } from '../../shared/site/device-address.js';
import type { DiscoveredDevice, DiscoverySource } from '../../shared/site/discovered-device.js';
import type { AppError } from '../../shared/errors.js';
import type { Result } from '../../shared/result.js';
import type { Logger } from '../support/logger.js';
import { localSubnets } from './cidr.js';
import { DeviceRegistry, type RegistryChange } from './device-registry.js';
import { identifyDevice, type IdentifyOptions } from './identify-device.js';
import { MdnsBrowser, type MdnsSocketOptions } from './mdns-browser.js';
import { scanSubnets, type ScanOptions, type ScanResult } from './subnet-scan.js';

/** What discovery tells its listener (the desktop Site view, the CLI). */
export type DiscoveryEvent =
  | { readonly type: 'found'; readonly device: DiscoveredDevice; readonly change: RegistryChange }
  | { readonly type: 'scan-progress'; readonly probed: number; readonly total: number };

export interface DiscoveryServiceOptions {
  readonly log: Logger;
  /** Loopback options in tests; left out in the app (real multicast). */
  readonly mdns?: MdnsSocketOptions;
  readonly now?: () => number;
}

/**
 * mDNS, subnet scan and manual add feeding one registry keyed by serial. Every source reports
 * through `found`, with `moved` when a known serial turns up at a new address.
 */
export class DiscoveryService {
  readonly registry = new DeviceRegistry();
  private readonly listeners = new Set<(event: DiscoveryEvent) => void>();
  private browser: MdnsBrowser | null = null;

  constructor(private readonly options: DiscoveryServiceOptions) {}

  onEvent(listener: (event: DiscoveryEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  startMdns(): void {
    if (this.browser) return;
    this.browser = new MdnsBrowser(this.options.log, this.options.mdns, this.options.now);
    this.browser.start((device) => this.add(device));
  }

  async stopMdns(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    await browser?.stop();
  }

  /** Scans the given ranges, or the laptop's own /24s when none are given. */
  async scan(
    options: Partial<Omit<ScanOptions, 'onFound' | 'onProgress'>> = {},
  ): Promise<Result<ScanResult, string>> {
    return scanSubnets({
      log: this.options.log,
      ...options,
      subnets: options.subnets ?? localSubnets(networkInterfaces()),
      onFound: (device) => this.add(device),
      onProgress: ({ probed, total }) => this.emit({ type: 'scan-progress', probed, total }),
    });
  }

  /** Manual add or a CSV row: reads the device to learn its serial. */
  async identify(
    address: DeviceAddress,
    source: DiscoverySource,
    options: Omit<IdentifyOptions, 'log'> = {},
  ): Promise<Result<DiscoveredDevice, AppError>> {
    const found = await identifyDevice(address, source, { log: this.options.log, ...options });
    if (found.ok) this.add(found.value);
    return found;
  }

  private add(device: DiscoveredDevice): void {
    const { device: merged, change } = this.registry.upsert(device);
    this.emit({ type: 'found', device: merged, change });
  }

  private emit(event: DiscoveryEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}
