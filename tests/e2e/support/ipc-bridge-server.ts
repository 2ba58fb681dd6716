import { createServer } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import type { EventChannel, EventMap } from '../../../shared/ipc/contract.js';
import type { InvokeDispatcher } from '../../../electron/ipc/invoke-dispatcher.js';

/** The Node half of the test bridge: the same dispatcher Electron's ipcMain calls. */
export interface BridgeServer {
  readonly port: number;
  emit<E extends EventChannel>(channel: E, payload: EventMap[E]): void;
  close(): Promise<void>;
}

interface InvokeMessage {
  type: 'invoke';
  id: number;
  channel: string;
  arg: unknown;
}

function isInvoke(value: unknown): value is InvokeMessage {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    record.type === 'invoke' && typeof record.id === 'number' && typeof record.channel === 'string'
  );
}

export async function startBridgeServer(dispatch: InvokeDispatcher): Promise<BridgeServer> {
  // Our own HTTP server under the WebSocket server, so close() can drop every connection:
  // one the browser opened but never upgraded would otherwise keep close() waiting.
  const http = createServer();
  const server = new WebSocketServer({ server: http });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const clients = new Set<WebSocket>();
  server.on('connection', (socket) => {
    clients.add(socket);
    socket.on('close', () => clients.delete(socket));
    socket.on('message', (data) => {
      const message: unknown = JSON.parse(data.toString());
      if (!isInvoke(message)) return;
      void dispatch(message.channel, message.arg).then((result) =>
        socket.send(JSON.stringify({ type: 'result', id: message.id, result })),
      );
    });
  });
  const address = http.address();
  if (address === null || typeof address === 'string') throw new Error('unexpected address');
  return {
    port: address.port,
    emit(channel, payload) {
      const text = JSON.stringify({ type: 'event', channel, payload });
      for (const client of clients) client.send(text);
    },
    close: () =>
      new Promise((resolve) => {
        for (const client of clients) client.terminate();
        server.close();
        http.close(() => resolve());
        http.closeAllConnections();
      }),
  };
}
