import { createServer, type Socket } from 'node:net';
import { FrameWriter } from './frame-writer.js';
import { newLinkId, type ClientLink, type LinkEvents, type Listener } from './link.js';
import type { Envelope } from './messages.js';
import { RequestScanner } from './request-scanner.js';
import type { Rng } from './rng.js';
import { cycledListener } from './cycled-listener.js';
import type { SimFraming } from './types.js';

/** Not JSON, no braces (a brace would leave a client's splitter waiting), not even UTF-8. */
const JUNK_BYTES = Buffer.from([0x45, 0x52, 0x52, 0x3a, 0xff, 0xfe, 0x00, 0x42, 0x55, 0x53, 0x59]);

export interface TcpListenerOptions {
  host: string;
  port: number;
  framing: SimFraming;
  rng: Rng;
}

/**
 * revB transport: raw TCP, bare JSON objects both ways (protocol.md §2.1). Each connection
 * gets its own request scanner and frame writer; the writer's random stream is forked per
 * connection number so one client's framing does not depend on what another one received.
 */
export function createTcpListener(options: TcpListenerOptions, events: LinkEvents): Listener {
  const links = new Map<Socket, TcpLink>();
  let accepted = 0;
  const server = createServer((socket) => {
    socket.setNoDelay(true);
    const link = new TcpLink(
      socket,
      new FrameWriter(socket, options.framing, options.rng.fork(accepted++)),
    );
    const scanner = new RequestScanner();
    links.set(socket, link);
    socket.on('data', (chunk: Buffer) => {
      for (const text of scanner.push(chunk)) events.onRequest(link, text);
    });
    socket.on('error', () => undefined); // a client reset is normal; 'close' follows
    socket.on('close', () => {
      if (!links.delete(socket)) return;
      link.dispose();
      events.onDisconnect(link);
    });
    events.onConnect(link);
  });
  return cycledListener(server, options, links, events);
}

class TcpLink implements ClientLink {
  readonly id = newLinkId();

  constructor(
    private readonly socket: Socket,
    private readonly writer: FrameWriter,
  ) {}

  send(envelope: Envelope): void {
    this.writer.enqueue(JSON.stringify(envelope));
  }

  sendText(text: string): void {
    this.writer.enqueue(text);
  }

  sendJunk(): void {
    this.writer.flushNow();
    if (!this.socket.destroyed) this.socket.write(JUNK_BYTES);
  }

  drop(): void {
    this.writer.flushNow();
    this.dispose();
    this.socket.destroy();
  }

  dispose(): void {
    this.writer.dispose();
  }
}
