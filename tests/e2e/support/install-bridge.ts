import type { API_EVENTS, API_VERBS } from '../../../shared/ipc/contract.js';

export interface BridgeConfig {
  readonly url: string;
  readonly global: string;
  readonly verbs: typeof API_VERBS;
  readonly events: typeof API_EVENTS;
}

/**
 * Runs in the page before the renderer (Playwright addInitScript serialises this function, so
 * it must not use anything from outside its body). It builds the exact preload API from the
 * contract tables and carries calls and events over a loopback WebSocket to the test host,
 * where the real main-process services run. Calls made before the socket opens are queued.
 */
export function installBridge(config: BridgeConfig): void {
  const socket = new WebSocket(config.url);
  const queue: string[] = [];
  const waiting = new Map<number, (result: unknown) => void>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 1;
  socket.addEventListener('open', () => queue.splice(0).forEach((text) => socket.send(text)));
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as {
      type: string;
      id?: number;
      result?: unknown;
      channel?: string;
      payload?: unknown;
    };
    if (message.type === 'result' && message.id !== undefined) {
      waiting.get(message.id)?.(message.result);
      waiting.delete(message.id);
    } else if (message.type === 'event' && message.channel !== undefined) {
      listeners.get(message.channel)?.forEach((listener) => listener(message.payload));
    }
  });
  const invoke = (channel: string, arg: unknown) =>
    new Promise((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      const text = JSON.stringify({ type: 'invoke', id, channel, arg });
      if (socket.readyState === WebSocket.OPEN) socket.send(text);
      else queue.push(text);
    });
  const api: Record<string, Record<string, unknown>> = {};
  for (const [domain, verbs] of Object.entries(config.verbs)) {
    api[domain] ??= {};
    for (const [verb, channel] of Object.entries(verbs as Record<string, string>)) {
      api[domain][verb] = (arg?: unknown) => invoke(channel, arg);
    }
  }
  for (const [domain, events] of Object.entries(config.events)) {
    api[domain] ??= {};
    for (const [name, channel] of Object.entries(events as Record<string, string>)) {
      api[domain][name] = (listener: (payload: unknown) => void) => {
        const set = listeners.get(channel) ?? new Set();
        set.add(listener);
        listeners.set(channel, set);
        return () => set.delete(listener);
      };
    }
  }
  Object.defineProperty(window, config.global, { value: Object.freeze(api), writable: false });
}
