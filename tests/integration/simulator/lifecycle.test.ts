import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../simulator/index.js';
import { useSimulators } from './helpers/harness.js';
import { RawTcpClient } from './helpers/raw-tcp-client.js';
import { RawWsClient } from './helpers/raw-ws-client.js';
import { EventRecorder } from './helpers/wait.js';

const start = useSimulators();

/**
 * How many timers and listening sockets are alive in this process, after a few turns of the
 * event loop so handles closed just before (by close() itself) have finished closing.
 * The test runner owns some timers of its own, hence "no more than before", not "equal".
 */
async function timersAndServers(): Promise<{ timers: number; servers: number }> {
  for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
  const names = process.getActiveResourcesInfo();
  return {
    timers: names.filter((name) => name === 'Timeout').length,
    servers: names.filter((name) => name === 'TCPServerWrap').length,
  };
}

async function expectNothingLeftSince(before: { timers: number; servers: number }) {
  const after = await timersAndServers();
  expect(after.timers).toBeLessThanOrEqual(before.timers);
  expect(after.servers).toBeLessThanOrEqual(before.servers);
}

describe('snapshot', () => {
  it('counts connections, records every well-formed 21 in order, and starts clean', async () => {
    const { sim, connect } = await start({ rev: 'A', speed: 100 });
    expect(sim.snapshot()).toEqual({
      outletVersion: '1.4.0',
      webVersion: '2.0.0',
      decoVersion: '3.0.0',
      decoOnline: true,
      listening: true,
      otaRequests: [],
      updatesApplied: [],
      restarts: 0,
      connectionsAccepted: 0,
    });
    const first = await connect();
    const second = await connect();
    expect((await first.reply(first.request(21, [3, 0]))).PUBACK).toBe(0); // no such target
    expect((await first.reply(first.request(21, [2]))).PUBACK).toBe(1); // method left out = 0
    expect((await second.reply(second.request(21, [1, 1]))).PUBACK).toBe(0); // busy
    expect(sim.snapshot()).toMatchObject({
      connectionsAccepted: 2,
      otaRequests: [
        { target: 2, method: 0 },
        { target: 1, method: 1 },
      ],
    });
  });

  it('uses the options given: serial, versions, host', async () => {
    const { sim, connect } = await start({
      rev: 'B',
      host: '127.0.0.2',
      serial: '11A1F7000FE',
      outletVersion: '2.0.0',
      availableOutletVersion: '2.0.1',
      deco: 'none',
    });
    expect(sim).toMatchObject({ host: '127.0.0.2', serial: '11A1F7000FE', rev: 'B' });
    const client = await connect();
    const reply = await client.reply(client.request(20));
    expect(reply).toMatchObject({
      sn: '11A1F7000FE',
      payload: { callbackArgs: { IM: { fw_rev: '2.0.0', available_fw_rev: '2.0.1' } } },
    });
  });

  it('rejects options no device could have', async () => {
    await expect(startSimulator({ rev: 'B', speed: 0 })).rejects.toThrow(RangeError);
    await expect(startSimulator({ rev: 'C' as 'A' })).rejects.toThrow(/rev/);
  });
});

describe('close()', () => {
  it('during a reboot: no listener comes back and every timer and socket is released', async () => {
    const before = await timersAndServers();
    const events = new EventRecorder();
    const sim = await startSimulator({
      rev: 'A',
      speed: 100,
      rebootDowntimeMs: 60_000,
      log: events.log,
    });
    const client = await RawWsClient.connect(sim.host, sim.wsPort ?? 0);
    client.request(21, [1, 0]);
    await events.waitFor('reboot');
    await sim.close();
    await sim.close(); // idempotent
    await client.waitForClose();
    expect(sim.snapshot().listening).toBe(false);
    await expect(RawWsClient.connect(sim.host, sim.wsPort ?? 0)).rejects.toThrow(/ECONNREFUSED/);
    await expectNothingLeftSince(before);
  });

  it('during the revB restart after 21: the port stays closed', async () => {
    const before = await timersAndServers();
    const events = new EventRecorder();
    const sim = await startSimulator({ rev: 'B', restartDowntimeMs: 60_000, log: events.log });
    const client = await RawTcpClient.connect(sim.host, sim.tcpPort ?? 0);
    client.request(21, [1, 0]);
    await events.waitFor('restart');
    await client.waitForClose();
    await sim.close();
    await expect(RawTcpClient.connect(sim.host, sim.tcpPort ?? 0)).rejects.toThrow(/ECONNREFUSED/);
    expect(events.kinds().at(-1)).toBe('closed');
    await expectNothingLeftSince(before);
  });

  it('with clients connected mid-update closes them and resolves', async () => {
    const { sim, events, connect } = await start({ rev: 'B', speed: 100, framing: 'split' });
    const client = await connect();
    client.request(21, [2, 0]);
    await events.waitFor('push', 3);
    await sim.close();
    await client.waitForClose();
    expect(sim.snapshot().listening).toBe(false);
  });
});
