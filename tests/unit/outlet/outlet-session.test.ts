import { describe, expect, it } from 'vitest';
import type { Connector } from '../../../electron/outlet/connectors.js';
import { OutletSession, type LinkState } from '../../../electron/outlet/outlet-session.js';
import { silentLogger } from '../../../electron/support/logger.js';
import { err, ok } from '../../../shared/result.js';
import { FakeTransport } from '../../fakes/fake-transport.js';
import { ManualClock } from '../../fakes/manual-clock.js';

const endpoint = { host: '127.0.0.1', tcpPort: 3333, wsPort: 80, wsPath: '/ws' };

function setup(connector: Connector = async () => err({ code: 'refused', message: 'refused' })) {
  const clock = new ManualClock();
  const transport = new FakeTransport();
  const session = new OutletSession(
    {
      endpoint,
      connector,
      clock,
      log: silentLogger,
      connectTimeoutMs: 10_000,
      requestTimeoutMs: 5_000,
      random: () => 0.5,
    },
    'tcp',
    transport,
  );
  return { clock, transport, session };
}

/** Lets pending promise callbacks run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('OutletSession', () => {
  it('correlates a reply by packetID, even when a push and another reply arrive first', async () => {
    const { transport, session } = setup();
    const first = session.request(12);
    const second = session.request(20);
    const [req12, req20] = transport.sent;
    transport.deliver({
      sn: 'SN1',
      packetID: 999_999,
      payload: { callbackName: 11, callbackArgs: [2, {}] },
    });
    transport.deliver({
      sn: 'SN1',
      packetID: req20!.packetID,
      PUBACK: 1,
      payload: { callbackName: 20, callbackArgs: { a: 1 } },
    });
    transport.deliver({ sn: 'SN1', packetID: req12!.packetID, PUBACK: 0 });
    expect(await second).toEqual(ok({ ok: true, callbackName: 20, args: { a: 1 }, serial: 'SN1' }));
    expect(await first).toMatchObject({ ok: true, value: { ok: false } });
    expect(req12!.packetID).not.toBe(req20!.packetID);
  });

  it('routes pushes by callbackName to listeners', () => {
    const { transport, session } = setup();
    const seen: number[] = [];
    session.onPush((push) => seen.push(push.callbackName));
    transport.deliver({
      sn: 'SN1',
      packetID: 301_552,
      payload: { callbackName: 22, callbackArgs: [1, 90] },
    });
    transport.deliver({ nonsense: true });
    expect(seen).toEqual([22]);
  });

  it('times a request out with an error value', async () => {
    const { clock, session } = setup();
    const reply = session.request(12);
    clock.advance(5_000);
    expect(await reply).toMatchObject({ ok: false, error: { code: 'timeout' } });
  });

  it('settles every pending request with an error when the link drops, and says so', async () => {
    const { transport, session } = setup();
    const links: LinkState[] = [];
    session.onLink((state) => links.push(state));
    const pending = [session.request(12), session.request(20)];
    transport.drop({ kind: 'error', message: 'ECONNRESET' });
    for (const reply of await Promise.all(pending)) {
      expect(reply).toMatchObject({ ok: false, error: { code: 'connection-lost' } });
    }
    expect(links).toEqual(['down']);
    expect(await session.request(12)).toMatchObject({
      ok: false,
      error: { code: 'connection-lost' },
    });
  });

  it('reconnects with backoff doubling from 1 s to 30 s in normal mode', async () => {
    const { clock, transport } = setup();
    transport.drop();
    const delays: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const [delay] = clock.pendingDelays();
      delays.push(delay!);
      clock.advance(delay!);
      await settle();
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });

  it('retries every 100-250 ms in fast mode, switching at once', async () => {
    const { clock, transport, session } = setup();
    transport.drop();
    expect(clock.pendingDelays()).toEqual([1_000]);
    session.setReconnectMode('fast');
    expect(clock.pendingDelays()).toEqual([175]);
  });

  it('comes back up on a new transport of the same kind and reports it', async () => {
    const next = new FakeTransport();
    const kinds: string[] = [];
    const { clock, transport, session } = setup(async (kind) => {
      kinds.push(kind);
      return ok(next);
    });
    const links: LinkState[] = [];
    session.onLink((state) => links.push(state));
    transport.drop();
    clock.advance(1_000);
    await settle();
    expect(links).toEqual(['down', 'up']);
    expect(kinds).toEqual(['tcp']);
    const reply = session.request(12);
    next.reply(1, { IM: {} });
    expect(await reply).toMatchObject({ ok: true, value: { ok: true } });
  });

  it('close() stops reconnecting and fails what is pending', async () => {
    const { clock, transport, session } = setup();
    const pending = session.request(12);
    session.close();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(transport.isOpen).toBe(false);
    expect(clock.pendingDelays()).toEqual([]);
  });
});
