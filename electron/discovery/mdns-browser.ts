import { Bonjour, type Browser } from 'bonjour-service';
import type { EventEmitter } from 'node:events';
import type { DiscoveredDevice } from '../../shared/site/discovered-device.js';
import type { Logger } from '../support/logger.js';
import { deviceFromService } from './txt-record.js';

/**
 * multicast-dns socket options, passed through bonjour-service. Production leaves them out
 * (224.0.0.251:5353). Tests use loopback only for both publisher and browser:
 * `{ multicast: false, ip: '127.0.0.1', port: <free>, bind: '127.0.0.1', interface: '127.0.0.1' }`.
 */
export interface MdnsSocketOptions {
  readonly multicast?: boolean;
  readonly ip?: string;
  readonly port?: number;
  readonly bind?: string;
  readonly interface?: string;
}

export const SERVICE_TYPE = 'invis';

/**
 * Browses `_invis._tcp` and reports each outlet whose TXT record carries a serial. Socket
 * errors (port 5353 taken, no multicast route) are logged, never thrown: discovery has a
 * subnet-scan fallback.
 */
export class MdnsBrowser {
  private bonjour: Bonjour | null = null;
  private browser: Browser | null = null;

  constructor(
    private readonly log: Logger,
    private readonly socket: MdnsSocketOptions = {},
    private readonly now: () => number = Date.now,
  ) {}

  /** `onIgnored` hears about records without a serial (for diagnostics). */
  start(onFound: (device: DiscoveredDevice) => void, onIgnored?: (name: string) => void): void {
    if (this.bonjour) return;
    const report = (error: unknown) =>
      this.log.warn(`mDNS: ${error instanceof Error ? error.message : String(error)}`);
    // The typings describe the options as a ServiceConfig; at run time they go to multicast-dns.
    const bonjour = new Bonjour(this.socket as Record<string, unknown>, report);
    // multicast-dns emits 'error' on its socket; with no listener Node would throw.
    const mdns = (bonjour as unknown as { server?: { mdns?: EventEmitter } }).server?.mdns;
    mdns?.on('error', report);
    const found = (service: Parameters<typeof deviceFromService>[0]) => {
      const device = deviceFromService(service, this.now());
      if (device) {
        onFound(device);
        return;
      }
      this.log.info(`mDNS: ${service.name ?? 'a record'} has no serial; ignored`);
      onIgnored?.(service.name ?? '');
    };
    this.browser = bonjour.find({ type: SERVICE_TYPE });
    this.browser.on('up', found);
    this.browser.on('txt-update', found);
    this.bonjour = bonjour;
  }

  /** Asks again (answers are cached by responders, so this is cheap). */
  refresh(): void {
    this.browser?.update();
  }

  stop(): Promise<void> {
    const bonjour = this.bonjour;
    this.browser?.stop();
    this.browser = null;
    this.bonjour = null;
    if (!bonjour) return Promise.resolve();
    return new Promise((resolve) => bonjour.destroy(() => resolve()));
  }
}

/** Browses for `durationMs` and returns what answered, one entry per serial. */
export async function browseMdns(
  durationMs: number,
  log: Logger,
  socket?: MdnsSocketOptions,
): Promise<DiscoveredDevice[]> {
  const found = new Map<string, DiscoveredDevice>();
  const browser = new MdnsBrowser(log, socket);
  browser.start((device) => found.set(device.serial ?? device.address.host, device));
  await new Promise((resolve) => setTimeout(resolve, durationMs));
  await browser.stop();
  return [...found.values()];
}
