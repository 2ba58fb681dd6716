import type { Server } from 'node:net';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscoveryService } from '../../../electron/discovery/discovery-service.js';
import { manualAddress } from '../../../electron/discovery/identify-device.js';
import { scanSubnets } from '../../../electron/discovery/subnet-scan.js';
import { parseDeviceCsv } from '../../../shared/site/device-csv.js';
import { startSimulator, type RunningSimulator } from '../../../simulator/index.js';
import { memoryLogger, SPEED } from '../support/engine-harness.js';
import { runCli } from '../support/run-cli.js';
import { notAnOutlet, simulatorsOnOnePort } from './loopback.js';

/** The scanned range: 127.0.0.48/28 = hosts .49 to .62. */
const SUBNET = '127.0.0.48/28';
const REV_B_HOSTS = ['127.0.0.50', '127.0.0.55'];
const REV_A_HOSTS = ['127.0.0.58'];

let tcpPort: number;
let wsPort: number;
const sims: RunningSimulator[] = [];
const others: Array<Server | HttpServer> = [];

beforeAll(async () => {
  const revB = await simulatorsOnOnePort(REV_B_HOSTS, { rev: 'B', deco: 'online' });
  const revA = await simulatorsOnOnePort(REV_A_HOSTS, {
    rev: 'A',
    deco: 'none',
  });
  sims.push(...revB.sims, ...revA.sims);
  tcpPort = revB.port;
  wsPort = revA.port;
  // Not outlets: a TCP service on the outlet port, and a web server on the WebSocket port.
  others.push(await notAnOutlet('127.0.0.53', tcpPort));
  const web = createHttpServer((_request, response) => response.writeHead(404).end('not here'));
  await new Promise<void>((resolve) => web.listen(wsPort, '127.0.0.60', resolve));
  others.push(web);
});

afterAll(async () => {
  await Promise.all(sims.map((sim) => sim.close()));
  await Promise.all(others.map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('subnet scan on loopback', () => {
  it('finds exactly the outlets in the range, drops the non-outlets, and reports progress', async () => {
    const progress: number[] = [];
    const scan = await scanSubnets({
      subnets: [SUBNET],
      tcpPort,
      wsPort,
      confirmTimeoutMs: 1_000,
      log: memoryLogger(),
      onProgress: ({ probed, total }) => {
        expect(total).toBe(14);
        progress.push(probed);
      },
    });
    if (!scan.ok) throw new Error(scan.error);
    const found = scan.value.found.map((device) => [
      device.address.host,
      device.transport,
      device.hardwareRevision,
    ]);
    expect(found.sort()).toEqual([
      ['127.0.0.50', 'tcp', 'revB'],
      ['127.0.0.55', 'tcp', 'revB'],
      ['127.0.0.58', 'ws', 'revA'],
    ]);
    expect(scan.value.found.find((device) => device.transport === 'ws')?.serial).toBe('OUTLET-58');
    expect(scan.value.dropped.map((drop) => drop.address).sort()).toEqual([
      '127.0.0.53',
      '127.0.0.60',
    ]);
    expect(scan.value).toMatchObject({ probed: 14, total: 14 });
    expect(progress.at(0)).toBe(0);
    expect(progress.at(-1)).toBe(14);
  });

  it('refuses a range larger than /22', async () => {
    expect(await scanSubnets({ subnets: ['10.0.0.0/20'] })).toEqual({
      ok: false,
      error: '"10.0.0.0/20" is too large to scan (4096 addresses); use /22 or smaller.',
    });
  });

  it('site scan on the command line: JSON lines, a device list for site run, exit 0', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'invis-scan-'));
    try {
      const list = join(folder, 'found.csv');
      const run = await runCli([
        'site',
        'scan',
        '--subnet',
        SUBNET,
        '--tcp-port',
        String(tcpPort),
        '--ws-port',
        String(wsPort),
        '--no-mdns',
        '--csv',
        list,
        '--json',
      ]);
      expect(run.code).toBe(0);
      const outcome = run.lines().at(-1);
      expect(outcome).toMatchObject({ type: 'scan-outcome', probed: 14, total: 14 });
      expect((outcome?.devices as unknown[]).length).toBe(3);
      const parsed = parseDeviceCsv(await readFile(list, 'utf8'));
      expect(parsed.problems).toEqual([]);
      expect(parsed.devices.map((device) => device.address.host).sort()).toEqual(
        [...REV_B_HOSTS, ...REV_A_HOSTS].sort(),
      );
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('site scan of a range with no outlets says so and exits 3', async () => {
    const run = await runCli([
      'site',
      'scan',
      '--subnet',
      '127.0.0.240/29',
      '--tcp-port',
      String(tcpPort),
      '--ws-port',
      String(wsPort),
      '--no-mdns',
    ]);
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/No outlets found \(6 addresses probed in [\d.]+ s\)/);
  });
});

describe('manual add', () => {
  it('validates the address, reads the serial, and knows the device again after a DHCP move', async () => {
    expect(manualAddress('127.0.0.300').ok).toBe(false);
    const discovery = new DiscoveryService({ log: memoryLogger() });
    const first = await startSimulator({
      rev: 'B',
      host: '127.0.0.81',
      serial: 'MOVER',
      speed: SPEED,
    });
    const address = manualAddress(`127.0.0.81:${first.tcpPort}`);
    if (!address.ok) throw new Error(address.error.message);
    const added = await discovery.identify(address.value, 'manual');
    expect(added).toMatchObject({
      ok: true,
      value: { serial: 'MOVER', transport: 'tcp', sources: ['manual'] },
    });
    await first.close();
    const moved = await startSimulator({
      rev: 'B',
      host: '127.0.0.82',
      serial: 'MOVER',
      speed: SPEED,
    });
    try {
      const changes: string[] = [];
      discovery.onEvent((event) => event.type === 'found' && changes.push(event.change));
      const again = await discovery.identify(
        { host: '127.0.0.82', tcpPort: moved.tcpPort, wsPort: null },
        'manual',
      );
      expect(again.ok).toBe(true);
      expect(changes).toEqual(['moved']);
      expect(discovery.registry.list()).toHaveLength(1);
      expect(discovery.registry.bySerialNumber('MOVER')?.movedFrom?.host).toBe('127.0.0.81');
    } finally {
      await moved.close();
    }
  });
});
