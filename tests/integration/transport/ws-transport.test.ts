import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { connectWs } from '../../../electron/transport/ws-transport.js';
import { listen, startWsPeer } from './peers.js';
import { expectConnected, observe } from './transport-contract.js';

/** WebSocket-only behaviour: handshake failures, frame handling and the ping heartbeat. */
describe('WebSocket transport', () => {
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function connected(options: { autoPong?: boolean; pingIntervalMs?: number } = {}) {
    const peer = await startWsPeer({ autoPong: options.autoPong });
    cleanups.push(() => peer.stop());
    const transport = expectConnected(
      await connectWs({
        host: '127.0.0.1',
        port: peer.port,
        pingIntervalMs: options.pingIntervalMs,
        maxObjectBytes: 1024,
      }),
    );
    cleanups.push(() => transport.close());
    const conn = await peer.raw();
    return { transport, conn, seen: observe(transport) };
  }

  /** An HTTP server that is not a device: answers every request with `status`. */
  async function httpServer(status: number): Promise<number> {
    const server = createHttpServer((_req, res) =>
      res.writeHead(status).end('<html>router</html>'),
    );
    const port = await listen(server, '127.0.0.1');
    cleanups.push(() => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    });
    return port;
  }

  it.each([404, 200])('reports a handshake error when HTTP answers %i', async (status) => {
    const port = await httpServer(status);
    const result = await connectWs({ host: '127.0.0.1', port });
    expect(!result.ok && result.error.code).toBe('handshake');
    expect(!result.ok && result.error.message).toContain(`Unexpected server response: ${status}`);
  });

  it('reports a handshake error for a device path that does not exist', async () => {
    const peer = await startWsPeer();
    cleanups.push(() => peer.stop());
    const result = await connectWs({ host: '127.0.0.1', port: peer.port, path: '/nope' });
    expect(!result.ok && result.error.code).toBe('handshake');
  });

  it('times out when the server accepts but never answers the handshake', async () => {
    const sockets = new Set<import('node:net').Socket>();
    const server = createServer((socket) => sockets.add(socket));
    const port = await listen(server, '127.0.0.1');
    cleanups.push(() => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(resolve));
    });
    const result = await connectWs({ host: '127.0.0.1', port, connectTimeoutMs: 100 });
    expect(!result.ok && result.error.code).toBe('timeout');
  });

  it('reports closed when the server hangs up during the handshake', async () => {
    const server = createServer((socket) => socket.destroy());
    const port = await listen(server, '127.0.0.1');
    cleanups.push(() => new Promise((resolve) => server.close(resolve)));
    const result = await connectWs({ host: '127.0.0.1', port });
    expect(!result.ok && result.error.code).toBe('closed');
  });

  it('warns about frames that are not JSON objects and keeps going', async () => {
    const { conn, seen } = await connected();
    await conn.sendText('not json');
    await conn.sendText('[1,2]');
    await conn.sendText('{"sn":"ok"}', true);
    expect(await seen.messages.next()).toEqual({ sn: 'ok' });
    expect(await seen.warnings.next()).toMatch(/not JSON/);
    expect(await seen.warnings.next()).toMatch(/not an object/);
  });

  it('closes with a protocol reason when a frame is larger than allowed', async () => {
    const { conn, seen } = await connected();
    await conn.sendText(JSON.stringify({ big: 'x'.repeat(2000) }));
    const reason = await seen.closes.next();
    expect(reason.kind).toBe('protocol');
  });

  it('keeps a peer that answers pings', async () => {
    const { transport, conn } = await connected({ pingIntervalMs: 150 });
    for (let i = 0; i < 3; i += 1) await conn.pings.next(2_000, `ping ${i + 1}`);
    expect(transport.isOpen).toBe(true);
  });

  it('declares a peer that stops answering pings dead', async () => {
    const { transport, conn, seen } = await connected({ autoPong: false, pingIntervalMs: 50 });
    await conn.pings.next(2_000, 'the first ping');
    const reason = await seen.closes.next(2_000);
    expect(reason).toEqual({ kind: 'dead', message: 'no pong within 50 ms' });
    expect(transport.isOpen).toBe(false);
    await conn.closed;
  });
});
