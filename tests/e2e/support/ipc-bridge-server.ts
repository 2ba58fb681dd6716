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
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
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
  const address = server.address();
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
        server.close(() => resolve());
      }),
  };
}
