import { describe, expect, it } from 'vitest';
import { useSimulators } from './helpers/harness.js';
import { isPush, otaPushes, progressPushes } from './helpers/ota-pushes.js';
import { RawTcpClient } from './helpers/raw-tcp-client.js';

const start = useSimulators();
/** Slow enough that a client retrying every 20 ms reconnects inside the ~2 s sync-21 window. */
const SPEED = 50;

/** The junk `23 [t,0]` is sent ~300 ms after the restart; a reconnect may come just after it. */
function withoutLeadingJunk(pushes: Array<[number, unknown]>, target: number) {
  const [first, second, ...rest] = pushes;
  if (JSON.stringify(second) === JSON.stringify([23, [target, 0]])) return [first, ...rest];
  return pushes;
}

describe('revB outlet update', () => {
  it('restarts without replying, sends sync 21 on reconnect, then progress and a reboot', async () => {
    const { sim, events, connect, reconnect } = await start({ rev: 'B', speed: SPEED });
    const client = await connect();
    const packetID = client.request(21, [1, 0]);
    await client.waitForClose();
    expect(client.messages.filter((m) => m.packetID === packetID)).toEqual([]);
    await expect(RawTcpClient.connect(sim.host, sim.tcpPort ?? 0)).rejects.toThrow(/ECONNREFUSED/);

    const during = await reconnect();
    await during.waitFor(isPush(22, [1, 30]), '22 [1,30]');
    // A client that connects after the first progress push gets no synchronous 21.
    const late = await connect();
    await late.waitFor(isPush(23, [1, 1]), '23 [1,1] on the late client');
    await during.waitForClose();
    expect(withoutLeadingJunk(otaPushes(during), 1)).toEqual([
      [21, [1, 1]],
      ...progressPushes(1),
      [23, [1, 1]],
    ]);
    expect(during.messages[0]).toEqual({
      sn: '11A18240076',
      packetID: expect.any(Number),
      payload: { callbackName: 21, callbackArgs: [1, 1] },
    });
    expect(otaPushes(late).some(([name]) => name === 21)).toBe(false);

    const after = await reconnect();
    const info = await after.reply(after.request(12));
    expect(info.payload?.callbackArgs).toMatchObject({ IM: { fw_rev: '1.5.0', hw_rev: 'revB' } });
    expect(events.count('restart')).toBe(1);
    expect(events.count('reboot')).toBe(1);
    expect(sim.snapshot()).toMatchObject({
      outletVersion: '1.5.0',
      webVersion: null,
      updatesApplied: ['outlet'],
      restarts: 2,
      otaRequests: [{ target: 1, method: 0 }],
    });
  });

  it('keeps the download going when nobody reconnects: pushes are lost', async () => {
    const { sim, events, connect, reconnect } = await start({ rev: 'B', speed: SPEED });
    const client = await connect();
    client.request(21, [1, 0]);
    await events.waitFor('ota-end');
    const pushes = events.events.filter((e) => e.kind === 'push');
    expect(pushes.length).toBeGreaterThan(10);
    expect(pushes.map((e) => (e.detail as { clients: number }).clients)).toEqual(
      pushes.map(() => 0),
    );
    const after = await reconnect();
    const info = await after.reply(after.request(12));
    expect(info.payload?.callbackArgs).toMatchObject({ IM: { fw_rev: '1.5.0' } });
    expect(sim.snapshot().updatesApplied).toEqual(['outlet']);
  });

  it('declined: restarts, then tells reconnecting clients 21 [1,0], and nothing follows', async () => {
    const { sim, events, connect, reconnect } = await start({
      rev: 'B',
      scenario: 'declined',
      speed: SPEED,
    });
    const client = await connect();
    client.request(21, [1, 0]);
    await client.waitForClose();
    const again = await reconnect();
    const sync = await again.waitFor(isPush(21, [1, 0]), 'sync 21 [1,0]');
    expect(sync).not.toHaveProperty('PUBACK');
    await events.waitFor('ota-end');
    expect(events.count('push')).toBe(0);
    const info = await again.reply(again.request(12));
    expect(info.payload?.callbackArgs).toMatchObject({ IM: { fw_rev: '1.4.0' } });
    expect(otaPushes(again)).toEqual([[21, [1, 0]]]);
    expect(sim.snapshot()).toMatchObject({ restarts: 1, updatesApplied: [] });
  });

  it('already-current: 20 shows no update; 21 restarts and reports 21 [1,0]', async () => {
    const { connect, reconnect } = await start({
      rev: 'B',
      scenario: 'already-current',
      speed: SPEED,
    });
    const client = await connect();
    const updates = await client.reply(client.request(20));
    expect(updates.payload?.callbackArgs).toEqual({
      IM: { fw_rev: '1.4.0', available_fw_rev: '1.4.0' },
      PM: { fw_rev: '3.0.0', available_fw_rev: '3.0.0' },
    });
    client.request(21, [1, 0]);
    await client.waitForClose();
    const again = await reconnect();
    await again.waitFor(isPush(21, [1, 0]), 'sync 21 [1,0]');
  });

  it('no-sync-21: after the restart progress comes without any synchronous 21', async () => {
    const { connect, reconnect } = await start({ rev: 'B', scenario: 'no-sync-21', speed: SPEED });
    const client = await connect();
    client.request(21, [1, 0]);
    await client.waitForClose();
    const again = await reconnect();
    await again.waitForClose();
    const pushes = otaPushes(again).filter(
      ([name, args]) => !(name === 23 && JSON.stringify(args) === '[1,0]'),
    );
    expect(pushes).toEqual([...progressPushes(1), [23, [1, 1]]]);
  });
});
