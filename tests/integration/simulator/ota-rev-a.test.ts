import { describe, expect, it } from 'vitest';
import { useSimulators } from './helpers/harness.js';
import { otaPushes, progressPushes } from './helpers/ota-pushes.js';
import { RawWsClient } from './helpers/raw-ws-client.js';

const start = useSimulators();
const SPEED = 100;

describe('revA outlet update', () => {
  it('acks, sends junk 23, web then firmware phases, reboots and returns with new versions', async () => {
    const { sim, events, connect, reconnect } = await start({ rev: 'A', speed: SPEED });
    const client = await connect();
    const packetID = client.request(21, [1, 0]);
    expect(await client.reply(packetID)).toEqual({ sn: '0003C44076', packetID, PUBACK: 1 });

    await client.waitForClose();
    expect(otaPushes(client)).toEqual([
      [23, [1, 0]],
      ...progressPushes(3),
      [23, [3, 1]],
      ...progressPushes(1),
      [23, [1, 1]],
    ]);
    // Rebooting: the port is closed, not just the connection.
    await expect(RawWsClient.connect(sim.host, sim.wsPort ?? 0)).rejects.toThrow();
    expect(sim.snapshot().listening).toBe(false);

    const again = await reconnect();
    expect(events.count('listening')).toBe(2);
    const info = await again.reply(again.request(12));
    expect(info.payload?.callbackArgs).toMatchObject({ IM: { fw_rev: '1.5.0', hw_rev: 'revA' } });
    const updates = await again.reply(again.request(20));
    expect(updates.payload?.callbackArgs).toMatchObject({
      IM: {
        fw_rev: '1.5.0',
        available_fw_rev: '1.5.0',
        www_fw_rev: '2.1.0',
        available_www_fw_rev: '2.1.0',
      },
    });
    expect(sim.snapshot()).toMatchObject({
      outletVersion: '1.5.0',
      webVersion: '2.1.0',
      listening: true,
      otaRequests: [{ target: 1, method: 0 }],
      updatesApplied: ['web', 'outlet'],
      restarts: 1,
      connectionsAccepted: 2,
    });
  });

  it('answers a second 21 with PUBACK 0 while the update runs', async () => {
    const { connect } = await start({ rev: 'A', speed: SPEED });
    const client = await connect();
    expect((await client.reply(client.request(21, [1, 0]))).PUBACK).toBe(1);
    expect((await client.reply(client.request(21, [2, 0]))).PUBACK).toBe(0);
    expect((await client.reply(client.request(21, [1, 0]))).PUBACK).toBe(0);
  });

  it('declined: 20 offers an update, but 21 gets PUBACK 0 and nothing follows', async () => {
    const { sim, connect } = await start({ rev: 'A', scenario: 'declined', speed: SPEED });
    const client = await connect();
    const updates = await client.reply(client.request(20));
    expect(updates.payload?.callbackArgs).toMatchObject({ IM: { available_fw_rev: '1.5.0' } });
    expect((await client.reply(client.request(21, [1, 0]))).PUBACK).toBe(0);
    expect((await client.reply(client.request(21, [2, 1]))).PUBACK).toBe(0);
    await client.reply(client.request(12));
    expect(otaPushes(client)).toEqual([]);
    expect(sim.snapshot()).toMatchObject({
      otaRequests: [
        { target: 1, method: 0 },
        { target: 2, method: 1 },
      ],
      restarts: 0,
      updatesApplied: [],
    });
  });

  it('already-current: 20 reports available == current, and 21 gets PUBACK 0', async () => {
    const { connect } = await start({ rev: 'A', scenario: 'already-current', speed: SPEED });
    const client = await connect();
    const updates = await client.reply(client.request(20));
    expect(updates.payload?.callbackArgs).toEqual({
      IM: {
        fw_rev: '1.4.0',
        available_fw_rev: '1.4.0',
        www_fw_rev: '2.0.0',
        available_www_fw_rev: '2.0.0',
      },
      PM: { fw_rev: '3.0.0', available_fw_rev: '3.0.0' },
    });
    expect((await client.reply(client.request(21, [1, 0]))).PUBACK).toBe(0);
    expect((await client.reply(client.request(21, [2, 0]))).PUBACK).toBe(0);
  });

  it('after a successful update that target is current: a new 21 gets PUBACK 0', async () => {
    const { connect, reconnect } = await start({ rev: 'A', speed: SPEED });
    const client = await connect();
    client.request(21, [1, 0]);
    await client.waitForClose();
    const again = await reconnect();
    expect((await again.reply(again.request(21, [1, 0]))).PUBACK).toBe(0);
    expect((await again.reply(again.request(21, [2, 0]))).PUBACK).toBe(1);
  });
});
