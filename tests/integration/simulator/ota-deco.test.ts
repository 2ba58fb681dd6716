import { describe, expect, it } from 'vitest';
import type { SimRevision } from '../../../simulator/index.js';
import { useSimulators } from './helpers/harness.js';
import { isPush, otaPushes, progressPushes } from './helpers/ota-pushes.js';
import type { DeviceMessage } from './helpers/raw-client.js';

const start = useSimulators();
/** Fast where no reconnect is needed; 20 where a client must reconnect in the sync window. */
const SPEED = 100;
const RECONNECT_SPEED = 50;

function pm(reply: DeviceMessage): unknown {
  return (reply.payload?.callbackArgs as { PM?: unknown }).PM;
}

describe('InvisDeco update', () => {
  it.each<SimRevision>(['A', 'B'])(
    'rev%s via Wi-Fi: PUBACK 1, progress on the open connection, PM absent while it reboots',
    async (rev) => {
      const { sim, events, connect } = await start({ rev, speed: SPEED });
      const client = await connect();
      expect((await client.reply(client.request(21, [2, 0]))).PUBACK).toBe(1);
      await client.waitFor(isPush(23, [2, 1]), '23 [2,1]');
      const sync: Array<[number, unknown]> = rev === 'B' ? [[21, [2, 1]]] : [];
      expect(otaPushes(client)).toEqual([
        ...sync,
        [23, [2, 0]],
        ...progressPushes(2),
        [23, [2, 1]],
      ]);

      await events.waitFor('deco-reboot');
      expect(pm(await client.reply(client.request(12)))).toBeUndefined();
      expect(pm(await client.reply(client.request(20)))).toBeUndefined();
      expect(sim.snapshot().decoOnline).toBe(false);

      await events.waitFor('deco-back');
      expect(pm(await client.reply(client.request(12)))).toMatchObject({
        online: true,
        fw_rev: '3.1.0',
      });
      expect(client.closed).toBe(false);
      expect(sim.snapshot()).toMatchObject({
        decoVersion: '3.1.0',
        decoOnline: true,
        updatesApplied: ['deco'],
        restarts: 0,
      });
    },
  );

  it('revB via InvisOutlet: PUBACK 1, the outlet restarts, sync 21 [2,1] on reconnect', async () => {
    const { sim, events, connect, reconnect } = await start({ rev: 'B', speed: RECONNECT_SPEED });
    const client = await connect();
    expect((await client.reply(client.request(21, [2, 1]))).PUBACK).toBe(1);
    await client.waitForClose();
    const again = await reconnect();
    await again.waitFor(isPush(23, [2, 1]), '23 [2,1]');
    const pushes = otaPushes(again).filter(([, args]) => JSON.stringify(args) !== '[2,0]');
    expect(pushes).toEqual([[21, [2, 1]], ...progressPushes(2).slice(1), [23, [2, 1]]]);
    await events.waitFor('deco-back');
    expect(again.closed).toBe(false);
    expect(sim.snapshot()).toMatchObject({ decoVersion: '3.1.0', restarts: 1 });
  });

  it('revB declined deco: PUBACK 0, no restart', async () => {
    const { sim, connect } = await start({ rev: 'B', scenario: 'declined', speed: SPEED });
    const client = await connect();
    expect((await client.reply(client.request(21, [2, 1]))).PUBACK).toBe(0);
    expect((await client.reply(client.request(12))).PUBACK).toBe(1);
    expect(sim.snapshot()).toMatchObject({ restarts: 0, otaRequests: [{ target: 2, method: 1 }] });
  });

  it('offline deco: 12 has PM {online:false} without fw_rev, 20 has no PM, 21 gets PUBACK 0', async () => {
    const { sim, connect } = await start({ rev: 'B', deco: 'offline', speed: SPEED });
    const client = await connect();
    expect(pm(await client.reply(client.request(12)))).toEqual({
      online: false,
      sn: expect.stringMatching(/^PM/),
    });
    expect(pm(await client.reply(client.request(20)))).toBeUndefined();
    expect((await client.reply(client.request(21, [2, 0]))).PUBACK).toBe(0);
    expect(sim.snapshot()).toMatchObject({ decoOnline: false, decoVersion: '3.0.0' });
  });

  it('no deco: neither 12 nor 20 has PM, 21 for the deco gets PUBACK 0', async () => {
    const { sim, connect } = await start({ rev: 'A', deco: 'none', speed: SPEED });
    const client = await connect();
    expect(pm(await client.reply(client.request(12)))).toBeUndefined();
    expect(pm(await client.reply(client.request(20)))).toBeUndefined();
    expect((await client.reply(client.request(21, [2, 1]))).PUBACK).toBe(0);
    expect(sim.snapshot().decoVersion).toBeNull();
  });
});

describe('deco-wifi-fails', () => {
  it('via Wi-Fi: some progress, then a real 23 [2,0]; the deco keeps its version', async () => {
    const { sim, events, connect } = await start({
      rev: 'B',
      scenario: 'deco-wifi-fails',
      speed: SPEED,
    });
    const client = await connect();
    expect((await client.reply(client.request(21, [2, 0]))).PUBACK).toBe(1);
    await events.waitFor('ota-end');
    await client.waitUntil(() => otaPushes(client).length === 8, 'eight OTA pushes');
    expect(otaPushes(client)).toEqual([
      [21, [2, 1]],
      [23, [2, 0]],
      ...progressPushes(2, 40),
      [23, [2, 0]],
    ]);
    expect(pm(await client.reply(client.request(12)))).toMatchObject({ fw_rev: '3.0.0' });
    expect(sim.snapshot()).toMatchObject({ updatesApplied: [], decoOnline: true });
    // The failure is over: the same deco can be updated again, via the outlet this time.
    expect((await client.reply(client.request(21, [2, 1]))).PUBACK).toBe(1);
  });

  it('via InvisOutlet: the update succeeds', async () => {
    const { sim, events, connect } = await start({
      rev: 'A',
      scenario: 'deco-wifi-fails',
      speed: SPEED,
    });
    const client = await connect();
    expect((await client.reply(client.request(21, [2, 1]))).PUBACK).toBe(1);
    await events.waitFor('deco-back');
    expect(otaPushes(client).at(-1)).toEqual([23, [2, 1]]);
    expect(sim.snapshot()).toMatchObject({ decoVersion: '3.1.0', updatesApplied: ['deco'] });
  });
});
