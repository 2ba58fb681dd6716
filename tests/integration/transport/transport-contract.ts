import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/result.js';
import type {
  CloseReason,
  ConnectError,
  Transport,
  TransportKind,
} from '../../../electron/transport/transport.js';
import { AsyncQueue, within } from './async-queue.js';
import { closedPort, type Peer } from './peers.js';

/** What the contract needs to exercise one transport against its own tiny device peer. */
export interface TransportHarness {
  kind: TransportKind;
  startPeer(host?: string): Promise<Peer>;
  connect(host: string, port: number): Promise<Result<Transport, ConnectError>>;
  /** How one request's JSON text looks on the wire (TCP appends "\n"). */
  frame(json: string): string;
}

export function expectConnected(result: Result<Transport, ConnectError>): Transport {
  if (!result.ok) throw new Error(`expected a connection, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Collects everything a transport reports, as awaitable queues. */
export function observe(transport: Transport) {
  const messages = new AsyncQueue<Record<string, unknown>>();
  const warnings = new AsyncQueue<string>();
  const closes = new AsyncQueue<CloseReason>();
  transport.onMessage((m) => messages.push(m));
  transport.onWarning((w) => warnings.push(w));
  transport.onClose((r) => closes.push(r));
  return { messages, warnings, closes };
}

/**
 * The behaviour every Transport must show, whichever generation of outlet it talks to.
 * Run once per transport with a harness.
 */
export function describeTransportContract(h: TransportHarness): void {
  describe(`Transport contract: ${h.kind}`, () => {
    const cleanups: Array<() => unknown> = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });

    async function connected(host = '127.0.0.1') {
      const peer = await h.startPeer(host);
      cleanups.push(() => peer.stop());
      const transport = expectConnected(await h.connect(host, peer.port));
      cleanups.push(() => transport.close());
      const conn = await peer.nextConnection();
      return { peer, transport, conn, seen: observe(transport) };
    }

    it('connects and describes itself', async () => {
      const { peer, transport } = await connected();
      expect(transport.kind).toBe(h.kind);
      expect(transport.remote).toBe(`127.0.0.1:${peer.port}`);
      expect(transport.isOpen).toBe(true);
    });

    it('puts each request on the wire exactly as the device expects it', async () => {
      const { transport, conn } = await connected();
      expect(transport.send({ packetID: 373184, payload: { callbackName: 12 } })).toBe(true);
      expect(
        transport.send({ packetID: 414883, payload: { callbackName: 21, callbackArgs: [1, 0] } }),
      ).toBe(true);
      expect(await conn.nextRaw()).toBe(
        h.frame('{"packetID":373184,"payload":{"callbackName":12}}'),
      );
      expect(await conn.nextRaw()).toBe(
        h.frame('{"packetID":414883,"payload":{"callbackName":21,"callbackArgs":[1,0]}}'),
      );
    });

    it('delivers objects from the device in order', async () => {
      const { conn, seen } = await connected();
      const sent = [22, 22, 23].map((callbackName, i) => ({
        sn: '11A18240076',
        packetID: 839379 + i,
        payload: { callbackName, callbackArgs: [1, i === 2 ? 1 : 50 + i] },
      }));
      await conn.sendObjects(sent);
      for (const expected of sent) expect(await seen.messages.next()).toEqual(expected);
    });

    it('stops delivering to a listener once it unsubscribes', async () => {
      const { transport, conn, seen } = await connected();
      const dropped: unknown[] = [];
      transport.onMessage((m) => dropped.push(m))();
      await conn.sendObjects([{ payload: { callbackName: 11 } }]);
      expect(await seen.messages.next()).toEqual({ payload: { callbackName: 11 } });
      expect(dropped).toEqual([]);
    });

    it('reports a device-side close once, as remote', async () => {
      const { transport, conn, seen } = await connected();
      conn.end();
      expect(await seen.closes.next()).toEqual({ kind: 'remote' });
      await within(conn.closed, 'the peer side to close');
      const late = await within(new Promise((r) => transport.onClose(r)), 'a late onClose');
      expect(late).toEqual({ kind: 'remote' });
      expect(seen.closes.size).toBe(0);
      expect(transport.isOpen).toBe(false);
      expect(transport.send({ packetID: 100000, payload: { callbackName: 9 } })).toBe(false);
    });

    it('reports a reset from the device as an error', async () => {
      const { transport, conn, seen } = await connected();
      conn.reset();
      const reason = await seen.closes.next();
      expect(reason.kind).toBe('error');
      expect(reason.kind === 'error' && reason.message).toMatch(/ECONNRESET/);
      expect(transport.isOpen).toBe(false);
    });

    it('reports our own close as local, and the device sees the disconnect', async () => {
      const { transport, conn, seen } = await connected();
      transport.close();
      expect(transport.isOpen).toBe(false);
      transport.close();
      expect(await seen.closes.next()).toEqual({ kind: 'local' });
      await within(conn.closed, 'the peer to see the disconnect');
      expect(seen.closes.size).toBe(0);
      expect(transport.send({ packetID: 100000, payload: { callbackName: 9 } })).toBe(false);
    });

    it('fails with refused when nothing listens', async () => {
      const port = await closedPort();
      const result = await h.connect('127.0.0.1', port);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.code).toBe('refused');
      expect(!result.ok && result.error.message).toContain(`127.0.0.1:${port} refused`);
    });

    it('fails with not-found for a name that does not resolve', async () => {
      const result = await h.connect('no-such-outlet.invalid', 3333);
      expect(!result.ok && result.error.code).toBe('not-found');
    });

    it('works over an IPv6 literal', async (ctx) => {
      const peer = await h.startPeer('::1').catch(() => null);
      if (peer === null) return ctx.skip('no IPv6 loopback here');
      cleanups.push(() => peer.stop());
      const transport = expectConnected(await h.connect('::1', peer.port));
      cleanups.push(() => transport.close());
      expect(transport.remote).toBe(`[::1]:${peer.port}`);
      const seen = observe(transport);
      const conn = await peer.nextConnection();
      await conn.sendObjects([{ sn: 'v6', payload: { callbackName: 12 } }]);
      expect(await seen.messages.next()).toEqual({ sn: 'v6', payload: { callbackName: 12 } });
    });
  });
}
