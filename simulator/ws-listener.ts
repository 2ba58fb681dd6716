import { createServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { newLinkId, type ClientLink, type LinkEvents, type Listener } from './link.js';
import type { Envelope } from './messages.js';
import { cycledListener } from './cycled-listener.js';
import { serveWebPage } from './web-page.js';

const JUNK_TEXT = 'ERR:BUSY\u0000#0x1F';

export interface WsListenerOptions {
  host: string;
  port: number;
  serial: string;
  /** False for 'silent': a device that sends nothing does not answer WebSocket pings either. */
  autoPong: boolean;
}

/**
 * revA transport: WebSocket on path /ws (one JSON object per text frame) and a tiny web UI
 * on GET / of the same port (protocol.md §2.1). Other upgrade paths get a 404.
 */
export function createWsListener(options: WsListenerOptions, events: LinkEvents): Listener {
  const links = new Map<WebSocket, WsLink>();
  const wss = new WebSocketServer({ noServer: true, autoPong: options.autoPong });
  const server = createServer((request, response) =>
    serveWebPage(request, response, options.serial),
  );

  server.on('upgrade', (request, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== '/ws') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      const link = new WsLink(ws);
      links.set(ws, link);
      ws.on('message', (data: RawData, isBinary: boolean) => {
        if (!isBinary) events.onRequest(link, rawToString(data));
      });
      ws.on('error', () => undefined); // a client reset is normal; 'close' follows
      ws.on('close', () => {
        if (links.delete(ws)) events.onDisconnect(link);
      });
      events.onConnect(link);
    });
  });

  return cycledListener(server, options, links, events, () => wss.close());
}

function rawToString(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  return Buffer.from(data).toString('utf8');
}

class WsLink implements ClientLink {
  readonly id = newLinkId();

  constructor(private readonly ws: WebSocket) {}

  send(envelope: Envelope): void {
    this.sendText(JSON.stringify(envelope));
  }

  sendText(text: string): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(text);
  }

  sendJunk(): void {
    this.sendText(JUNK_TEXT);
  }

  /** A rebooting device sends no close frame: the TCP connection just goes away. */
  drop(): void {
    this.ws.terminate();
  }
}
