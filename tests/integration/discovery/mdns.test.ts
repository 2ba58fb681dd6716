import { Bonjour } from 'bonjour-service';
import { afterEach, describe, expect, it } from 'vitest';
import { DiscoveryService } from '../../../electron/discovery/discovery-service.js';
import { MdnsBrowser, type MdnsSocketOptions } from '../../../electron/discovery/mdns-browser.js';
import type { DiscoveredDevice } from '../../../shared/site/discovered-device.js';
import { memoryLogger } from '../support/engine-harness.js';
import { loopbackMdns } from './loopback.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

/**
 * A publisher on the loopback options, standing in for outlets announcing themselves. Create
 * it before the browser: both sockets share one port, and on loopback unicast the socket bound
 * last receives every datagram, so the browser must be that one to hear the announcements.
 */
function publisher(socket: MdnsSocketOptions): Bonjour {
  // The typings describe a ServiceConfig; at run time the options go to multicast-dns.
  const bonjour = new Bonjour(socket as Record<string, unknown>, () => undefined);
  cleanups.push(
    () => new Promise((resolve) => bonjour.unpublishAll(() => bonjour.destroy(() => resolve()))),
  );
  return bonjour;
}

/** Starts the browser; resolves once `serial` was found and `ignored` was passed over. */
function browse(browser: MdnsBrowser, serial: string, ignored: string, timeoutMs = 10_000) {
  const found: DiscoveredDevice[] = [];
  return new Promise<DiscoveredDevice[]>((resolve, reject) => {
    let skipped = false;
    const check = () => {
      if (skipped && found.some((device) => device.serial === serial)) resolve(found);
    };
    setTimeout(() => reject(new Error(`not found: ${JSON.stringify(found)}`)), timeoutMs).unref();
    browser.start(
      (device) => {
        found.push(device);
        check();
      },
      (name) => {
        skipped ||= name === ignored;
        check();
      },
    );
  });
}

describe('mDNS discovery on loopback only', () => {
  it('finds an _invis._tcp outlet and reads its TXT keys; a record without sn is ignored', async () => {
    const socket = await loopbackMdns();
    const log = memoryLogger();
    const announcer = publisher(socket);
    announcer.publish({
      name: 'no-serial',
      type: 'invis',
      port: 3333,
      txt: { device: 'InvisOutlet' },
    });
    announcer.publish({
      name: '11A18240076',
      type: 'invis',
      port: 80,
      host: '11A18240076.local',
      txt: {
        sn: '11A18240076',
        device: 'InvisOutlet',
        sub_type: 'deco',
        sub_device: 'InvisDeco',
        sub_sn: 'PM40076',
      },
    });
    const browser = new MdnsBrowser(log, socket);
    cleanups.push(() => browser.stop());
    const found = await browse(browser, '11A18240076', 'no-serial');
    expect(found.every((device) => device.serial === '11A18240076')).toBe(true);
    expect(found[0]).toMatchObject({
      serial: '11A18240076',
      model: 'InvisOutlet',
      deco: { serial: 'PM40076', model: 'InvisDeco' },
      hostname: '11A18240076.local',
      sources: ['mdns'],
    });
  });

  it('the discovery service keys what mDNS finds by serial', async () => {
    const socket = await loopbackMdns();
    const discovery = new DiscoveryService({ log: memoryLogger(), mdns: socket });
    cleanups.push(() => discovery.stopMdns());
    const added = new Promise<string>((resolve) =>
      discovery.onEvent((event) => {
        if (event.type === 'found' && event.change === 'added') resolve(event.device.serial ?? '');
      }),
    );
    publisher(socket).publish({
      name: 'SN-MDNS-2',
      type: 'invis',
      port: 3333,
      txt: { sn: 'SN-MDNS-2' },
    });
    discovery.startMdns();
    expect(await added).toBe('SN-MDNS-2');
    expect(discovery.registry.bySerialNumber('SN-MDNS-2')?.sources).toEqual(['mdns']);
  });
});
