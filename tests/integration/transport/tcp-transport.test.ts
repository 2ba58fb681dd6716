import { Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectTcp } from '../../../electron/transport/tcp-transport.js';
import { startTcpPeer, type TcpPeerConnection } from './peers.js';
import { expectConnected, observe } from './transport-contract.js';

/** TCP-only behaviour: the byte stream has no framing, and the transport must cope. */
describe('TCP transport', () => {
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function connected(maxObjectBytes?: number) {
    const peer = await startTcpPeer();
    cleanups.push(() => peer.stop());
    const transport = expectConnected(
      await connectTcp({ host: '127.0.0.1', port: peer.port, maxObjectBytes }),
    );
    cleanups.push(() => transport.close());
    const conn: TcpPeerConnection = await peer.raw();
    return { transport, conn, seen: observe(transport) };
  }

  it('joins an object written in two pieces, split inside a UTF-8 character', async () => {
    const { conn, seen } = await connected();
    const bytes = Buffer.from('{"sn":"11A18240076","name":"Küche ☕"}\n', 'utf8');
    const cut = bytes.indexOf(Buffer.from('☕', 'utf8')) + 1;
    await conn.write(bytes.subarray(0, cut));
    await conn.write(bytes.subarray(cut));
    expect(await seen.messages.next()).toEqual({ sn: '11A18240076', name: 'Küche ☕' });
  });

  it('warns about junk between objects and keeps going', async () => {
    const { conn, seen } = await connected();
    await conn.write('{"a":1}\n42\nboot log line\n{"b":2}');
    expect(await seen.messages.next()).toEqual({ a: 1 });
    expect(await seen.messages.next()).toEqual({ b: 2 });
    expect(await seen.warnings.next()).toMatch(/^non-object: .*42/);
    expect(await seen.warnings.next()).toMatch(/^junk: .*boot log line/);
  });

  it('resets the connection when an object outgrows the limit', async () => {
    const { transport, conn, seen } = await connected(1024);
    await conn.write(`{"ok":1}{"big":"${'x'.repeat(2000)}"}`);
    expect(await seen.messages.next()).toEqual({ ok: 1 });
    const reason = await seen.closes.next();
    expect(reason.kind).toBe('protocol');
    expect(reason.kind === 'protocol' && reason.message).toMatch(/1024 bytes/);
    expect(transport.isOpen).toBe(false);
    await conn.closed;
  });

  it('turns off Nagle and turns on keepalive with the given idle time', async () => {
    const noDelay = vi.spyOn(Socket.prototype, 'setNoDelay');
    const keepAlive = vi.spyOn(Socket.prototype, 'setKeepAlive');
    cleanups.push(() => vi.restoreAllMocks());
    const peer = await startTcpPeer();
    cleanups.push(() => peer.stop());
    const result = await connectTcp({
      host: '127.0.0.1',
      port: peer.port,
      keepAlive: { idleMs: 1_234, intervalMs: 500, count: 2 },
    });
    cleanups.push(() => expectConnected(result).close());
    expect(noDelay).toHaveBeenCalledWith(true);
    expect(keepAlive).toHaveBeenCalledWith(true, 1_234);
  });
});
