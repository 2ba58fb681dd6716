import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { AsyncQueue } from './async-queue.js';

/**
 * Tiny device stand-ins for the transport contract. They write their own frames (plain
 * JSON.stringify), never the client's codec, so a codec bug cannot pass on both sides.
 */
export interface PeerConnection {
  /** The next request the client sent, as raw text (TCP: through "\n"; WS: one frame). */
  nextRaw(): Promise<string>;
  /** TCP: all objects in a single write with no delimiter; WS: one text frame each. */
  sendObjects(objects: unknown[]): Promise<void>;
  /** Graceful close from the device side. */
  end(): void;
  /** Abrupt close: a TCP RST, as when the outlet's stack resets the connection. */
  reset(): void;
  /** Resolves when the connection is gone. */
  readonly closed: Promise<void>;
}

export interface Peer {
  readonly port: number;
  nextConnection(): Promise<PeerConnection>;
  stop(): Promise<void>;
}

export function listen(server: Server | HttpServer, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('no port');
      resolve(address.port);
    });
  });
}

/** A port that was just free: bound, then released, so connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server, '127.0.0.1');
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export class TcpPeerConnection implements PeerConnection {
  private readonly lines = new AsyncQueue<string>();
  private pending = '';
  readonly closed: Promise<void>;

  constructor(readonly socket: Socket) {
    socket.setEncoding('utf8');
    socket.on('data', (text: string) => {
      this.pending += text;
      for (let i = this.pending.indexOf('\n'); i >= 0; i = this.pending.indexOf('\n')) {
        this.lines.push(this.pending.slice(0, i + 1));
        this.pending = this.pending.slice(i + 1);
      }
    });
    socket.on('error', () => undefined); // resets are part of some tests
    this.closed = new Promise((resolve) => socket.once('close', () => resolve()));
  }

  nextRaw(): Promise<string> {
    return this.lines.next(3_000, 'a request line on the TCP peer');
  }

  write(data: string | Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      this.socket.write(data, (error) => (error ? reject(error) : resolve()));
    });
  }

  sendObjects(objects: unknown[]): Promise<void> {
    return this.write(objects.map((o) => JSON.stringify(o)).join(''));
  }

  end(): void {
    this.socket.end();
  }

  reset(): void {
    this.socket.resetAndDestroy();
  }
}

export async function startTcpPeer(
  host = '127.0.0.1',
): Promise<Peer & { raw(): Promise<TcpPeerConnection> }> {
  const connections = new AsyncQueue<TcpPeerConnection>();
  const open = new Set<Socket>();
  const server = createServer((socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    connections.push(new TcpPeerConnection(socket));
  });
  const port = await listen(server, host);
  const raw = () => connections.next(3_000, 'a TCP connection');
  return {
    port,
    raw,
    nextConnection: raw,
    stop: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export class WsPeerConnection implements PeerConnection {
  private readonly frames = new AsyncQueue<string>();
  readonly pings = new AsyncQueue<void>();
  readonly closed: Promise<void>;

  constructor(
    readonly ws: WebSocket,
    private readonly socket: Socket,
  ) {
    ws.on('message', (data) => this.frames.push(Buffer.from(data as Buffer).toString('utf8')));
    ws.on('ping', () => this.pings.push());
    ws.on('error', () => undefined);
    this.closed = new Promise((resolve) => ws.once('close', () => resolve()));
  }

  nextRaw(): Promise<string> {
    return this.frames.next(3_000, 'a frame on the WS peer');
  }

  sendText(text: string | Buffer, binary = false): Promise<void> {
    return new Promise((resolve, reject) => {
      this.ws.send(text, { binary }, (error) => (error ? reject(error) : resolve()));
    });
  }

  async sendObjects(objects: unknown[]): Promise<void> {
    for (const object of objects) await this.sendText(JSON.stringify(object));
  }

  end(): void {
    this.ws.close(1000, 'bye');
  }

  reset(): void {
    this.socket.resetAndDestroy();
  }
}

export async function startWsPeer(
  options: { host?: string; autoPong?: boolean } = {},
): Promise<Peer & { raw(): Promise<WsPeerConnection> }> {
  const http = createHttpServer();
  const wss = new WebSocketServer({
    server: http,
    path: '/ws',
    autoPong: options.autoPong ?? true,
  });
  const connections = new AsyncQueue<WsPeerConnection>();
  wss.on('connection', (ws, req) => connections.push(new WsPeerConnection(ws, req.socket)));
  const port = await listen(http, options.host ?? '127.0.0.1');
  const raw = () => connections.next(3_000, 'a WebSocket connection');
  return {
    port,
    raw,
    nextConnection: raw,
    stop: () =>
      new Promise((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}
