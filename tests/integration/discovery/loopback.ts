import { createSocket } from 'node:dgram';
import { createServer, type Server } from 'node:net';
import type { MdnsSocketOptions } from '../../../electron/discovery/mdns-browser.js';
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '../../../simulator/index.js';
import { SPEED } from '../support/engine-harness.js';

/** A UDP port free on 127.0.0.1 right now (bound, then released). */
export async function freeUdpPort(): Promise<number> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

/**
 * mDNS on loopback only, for publisher and browser alike: unicast to 127.0.0.1 on a free port,
 * no multicast membership, so nothing is ever sent to 224.0.0.251.
 */
export async function loopbackMdns(): Promise<MdnsSocketOptions> {
  const port = await freeUdpPort();
  return { multicast: false, ip: '127.0.0.1', port, bind: '127.0.0.1', interface: '127.0.0.1' };
}

function isAddressInUse(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && 'code' in error && error.code === 'EADDRINUSE'
  );
}

/**
 * Simulators of one revision on several loopback addresses, all on the same port (as real
 * outlets all listen on 3333 or 80), each with its own serial `OUTLET-<last octet>`. The port
 * is whatever the first gets from the OS; if another address already has it, everything is
 * tried again with a new one.
 */
export async function simulatorsOnOnePort(
  hosts: readonly string[],
  options: Omit<SimulatorOptions, 'host' | 'tcpPort' | 'wsPort' | 'serial'>,
): Promise<{ port: number; sims: RunningSimulator[] }> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const sims: RunningSimulator[] = [];
    try {
      for (const [index, host] of hosts.entries()) {
        const port = index === 0 ? 0 : (sims[0]?.tcpPort ?? sims[0]?.wsPort ?? 0);
        const serial = `OUTLET-${host.split('.').at(-1) ?? ''}`;
        sims.push(
          await startSimulator({
            speed: SPEED,
            ...options,
            serial,
            host,
            tcpPort: port,
            wsPort: port,
          }),
        );
      }
      return { port: sims[0]?.tcpPort ?? sims[0]?.wsPort ?? 0, sims };
    } catch (error) {
      await Promise.all(sims.map((sim) => sim.close()));
      if (!isAddressInUse(error)) throw error;
    }
  }
  throw new Error('no shared port found');
}

/** Something that is not an outlet: accepts TCP and answers every line with text, not JSON. */
export async function notAnOutlet(host: string, port: number): Promise<Server> {
  const server = createServer((socket) => {
    socket.on('data', () => socket.write('220 ready\r\n'));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
