import { describe, expect, it } from 'vitest';
import type { SimRevision } from '../../../simulator/index.js';
import { useSimulators } from './helpers/harness.js';
import { isPush, otaPushes, progressPushes } from './helpers/ota-pushes.js';
import type { RawTcpClient } from './helpers/raw-tcp-client.js';
import { RawWsClient } from './helpers/raw-ws-client.js';

const start = useSimulators();
const SPEED = 100;
const RECONNECT_SPEED = 50;

describe('update failures', () => {
  it('stall (revA): junk 23 and three progress pushes, then no more pushes; requests still answered', async () => {
    const { sim, events, connect } = await start({ rev: 'A', scenario: 'stall', speed: SPEED });
    const client = await connect();
    expect((await client.reply(client.request(21, [1, 0]))).PUBACK).toBe(1);
    await events.waitFor('stalled');
    await client.waitFor(isPush(22, [3, 20]), '22 [3,20]');
    const info = await client.reply(client.request(12));
    expect(info.payload?.callbackArgs).toMatchObject({ IM: { fw_rev: '1.4.0' } });
    expect((await client.reply(client.request(21, [1, 0]))).PUBACK).toBe(0); // still "busy"
    expect(otaPushes(client)).toEqual([[23, [1, 0]], ...progressPushes(3, 20)]);
    expect(client.closed).toBe(false);
    expect(sim.snapshot()).toMatchObject({ listening: true, restarts: 0, updatesApplied: [] });
  });

  it('stall (revB): restart and sync 21 [1,1], then progress stops with the connection open', async () => {
    const { events, connect, reconnect } = await start({
      rev: 'B',
      scenario: 'stall',
      speed: RECONNECT_SPEED,
    });
    const client = await connect();
    client.request(21, [1, 0]);
    await client.waitForClose();
    const again = await reconnect();
    await events.waitFor('stalled');
    await again.waitFor(isPush(22, [1, 20]), '22 [1,20]');
    expect((await again.reply(again.request(12))).PUBACK).toBe(1);
    const isJunk = ([name, args]: [number, unknown]) =>
      name === 23 && JSON.stringify(args) === '[1,0]';
    const pushes = otaPushes(again).filter((push) => !isJunk(push));
    expect(pushes).toEqual([[21, [1, 1]], ...progressPushes(1, 20)]);
    expect(again.closed).toBe(false);
  });

  it('false-success (revB): 23 [1,1] and a reboot, but the old version comes back', async () => {
    const { sim, events, connect, reconnect } = await start({
      rev: 'B',
      scenario: 'false-success',
      speed: RECONNECT_SPEED,
    });
    const client = await connect();
    client.request(21, [1, 0]);
    await client.waitForClose();
    const during = await reconnect();
    await during.waitFor(isPush(23, [1, 1]), '23 [1,1]');
    await during.waitForClose();
    const after = await reconnect();
    const updates = await after.reply(after.request(20));
    expect(updates.payload?.callbackArgs).toMatchObject({
      IM: { fw_rev: '1.4.0', available_fw_rev: '1.5.0' },
    });
    expect(events.count('reboot')).toBe(1);
    expect(sim.snapshot()).toMatchObject({
      outletVersion: '1.4.0',
      restarts: 2,
      updatesApplied: [],
    });
  });

  it('false-success (deco): the faceplate reboots and comes back with the old version', async () => {
    const { sim, events, connect } = await start({
      rev: 'A',
      scenario: 'false-success',
      speed: SPEED,
    });
    const client = await connect();
    client.request(21, [2, 0]);
    await events.waitFor('deco-back');
    expect(otaPushes(client).at(-1)).toEqual([23, [2, 1]]);
    const info = await client.reply(client.request(12));
    expect(info.payload?.callbackArgs).toMatchObject({ PM: { fw_rev: '3.0.0' } });
    expect(sim.snapshot()).toMatchObject({ decoVersion: '3.0.0', updatesApplied: [] });
  });

  it('never-returns (revA outlet): 23 [1,1], then the port stays closed', async () => {
    const { sim, events, connect } = await start({
      rev: 'A',
      scenario: 'never-returns',
      speed: SPEED,
    });
    const client = await connect();
    client.request(21, [1, 0]);
    await client.waitForClose();
    expect(otaPushes(client).at(-1)).toEqual([23, [1, 1]]);
    await events.waitFor('never-returns');
    await expect(RawWsClient.connect(sim.host, sim.wsPort ?? 0)).rejects.toThrow(/ECONNREFUSED/);
    expect(sim.snapshot()).toMatchObject({ listening: false, outletVersion: '1.4.0', restarts: 1 });
  });

  it('never-returns (deco): 23 [2,1], then PM never comes back in 12', async () => {
    const { sim, events, connect } = await start({
      rev: 'B',
      scenario: 'never-returns',
      speed: SPEED,
    });
    const client = await connect();
    client.request(21, [2, 0]);
    await events.waitFor('never-returns');
    expect(otaPushes(client).at(-1)).toEqual([23, [2, 1]]);
    const info = await client.reply(client.request(12));
    expect(info.payload?.callbackArgs).not.toHaveProperty('PM');
    expect(sim.snapshot()).toMatchObject({ listening: true, decoOnline: false });
  });

  it('slow-reboot: the post-update downtime is 20 s of device time', async () => {
    const speed = 100;
    const { sim, events, connect } = await start({ rev: 'A', scenario: 'slow-reboot', speed });
    const client = await connect();
    client.request(21, [1, 0]);
    const down = await events.waitFor('reboot');
    const up = await events.waitFor('listening', 2);
    expect(up.at - down.at).toBeGreaterThanOrEqual(20_000 / speed - 2);
    expect(sim.snapshot().outletVersion).toBe('1.5.0');
  });
});

describe('connection faults', () => {
  it.each<SimRevision>(['A', 'B'])(
    'close-at-once (rev%s): every connection is closed',
    async (rev) => {
      const { sim, connect } = await start({ rev, scenario: 'close-at-once' });
      for (let i = 0; i < 3; i++) await (await connect()).waitForClose();
      expect(sim.snapshot().connectionsAccepted).toBe(3);
    },
  );

  it('junk (revB): every request is answered with bytes that are not JSON', async () => {
    const { connect } = await start({ rev: 'B', scenario: 'junk' });
    const client = (await connect()) as RawTcpClient;
    client.request(12);
    await client.waitUntil(() => client.stray.length > 0, 'junk bytes');
    expect(client.messages).toEqual([]);
    expect(client.stray[0]).toContain('ERR');
    expect(client.stray[0]).toContain('\uFFFD'); // not even valid UTF-8
  });

  it('junk (revA): text frames that are not JSON', async () => {
    const { connect } = await start({ rev: 'A', scenario: 'junk' });
    const client = await connect();
    client.request(20);
    await client.waitUntil(() => client.invalid.length > 0, 'a junk frame');
    expect(client.messages).toEqual([]);
  });

  it.each<SimRevision>(['A', 'B'])(
    'silent (rev%s): requests are received, never answered',
    async (rev) => {
      const { sim, events, connect } = await start({ rev, scenario: 'silent' });
      const client = await connect();
      client.request(12);
      client.request(21, [1, 0]);
      await events.waitFor('request', 2);
      expect(events.count('reply') + events.count('push')).toBe(0);
      expect(sim.snapshot()).toMatchObject({
        otaRequests: [{ target: 1, method: 0 }],
        restarts: 0,
      });
      expect(client.closed).toBe(false);
    },
  );
});

describe('noise', () => {
  it('revA: a full outlet update still reads the same between garbage, 9 and 11 pushes', async () => {
    const { connect } = await start({ rev: 'A', scenario: 'noise', speed: SPEED });
    const client = await connect();
    expect((await client.reply(client.request(21, [1, 0]))).PUBACK).toBe(1);
    await client.waitForClose();
    expect(otaPushes(client)).toEqual([
      [23, [1, 0]],
      ...progressPushes(3),
      [23, [3, 1]],
      ...progressPushes(1),
      [23, [1, 1]],
    ]);
    expect(client.invalid.length).toBeGreaterThan(0);
    expect(client.stray.length).toBeGreaterThan(0);
    const names = new Set(client.messages.map((m) => m.payload?.callbackName));
    expect(names).toContain(9);
    expect(names).toContain(11);
  });

  it('revB: replies survive garbage on a chaotic TCP stream', async () => {
    const { connect } = await start({ rev: 'B', scenario: 'noise', speed: SPEED });
    const client = (await connect()) as RawTcpClient;
    for (let i = 0; i < 20; i++) {
      const packetID = client.request(12);
      expect((await client.reply(packetID)).PUBACK).toBe(1);
    }
    expect(client.invalid.length).toBeGreaterThan(0);
    expect(client.stray.length).toBeGreaterThan(0);
    const pushNames = client.messages
      .filter((m) => !('PUBACK' in m))
      .map((m) => m.payload?.callbackName);
    expect(new Set(pushNames)).toEqual(new Set([9, 11]));
  });
});
