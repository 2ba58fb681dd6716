import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildInvisApi, type IpcRendererLike } from '../../../electron/ipc/preload-api.js';
import { API_EVENTS, API_GLOBAL, API_VERBS } from '../../../shared/ipc/contract.js';

type Listener = (event: unknown, payload: unknown) => void;

/** A stand-in for ipcRenderer that records invokes and holds listeners like an EventEmitter. */
function fakeIpc() {
  const listeners = new Map<string, Set<Listener>>();
  const invokes: [string, unknown][] = [];
  const ipc: IpcRendererLike = {
    invoke: async (channel, arg) => {
      invokes.push([channel, arg]);
      return { ok: true, value: channel };
    },
    on: (channel, listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    },
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const fire = (channel: string, payload: unknown) => {
    const event = { sender: 'ipcRenderer itself', senderId: 0 };
    for (const listener of listeners.get(channel) ?? []) listener(event, payload);
  };
  const count = (channel: string) => listeners.get(channel)?.size ?? 0;
  return { ipc, invokes, fire, count };
}

function shapeOf(api: object): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(api).map(([domain, group]) => [domain, Object.keys(group as object).sort()]),
  );
}

function expectedShape(): Record<string, string[]> {
  const shape: Record<string, string[]> = {};
  for (const table of [API_VERBS, API_EVENTS]) {
    for (const [domain, names] of Object.entries(table)) {
      shape[domain] = [...(shape[domain] ?? []), ...Object.keys(names)].sort();
    }
  }
  return shape;
}

describe('buildInvisApi', () => {
  it('exposes exactly the contract verbs and subscriptions, all functions', () => {
    const api = buildInvisApi(fakeIpc().ipc);
    expect(shapeOf(api)).toEqual(expectedShape());
    for (const group of Object.values(api)) {
      for (const member of Object.values(group as object)) expect(typeof member).toBe('function');
    }
  });

  it('sends each verb on its channel with exactly its one argument', async () => {
    const { ipc, invokes } = fakeIpc();
    const api = buildInvisApi(ipc);
    for (const [domain, verbs] of Object.entries(API_VERBS)) {
      for (const [name, channel] of Object.entries(verbs)) {
        const group = api[domain as keyof typeof api] as unknown as Record<
          string,
          (arg?: unknown, extra?: unknown) => Promise<unknown>
        >;
        await expect(group[name]?.({ deviceId: 'SN1' }, 'smuggled')).resolves.toEqual({
          ok: true,
          value: channel,
        });
      }
    }
    expect(invokes.every(([, arg]) => JSON.stringify(arg) === '{"deviceId":"SN1"}')).toBe(true);
    expect(invokes.map(([channel]) => channel)).toEqual(
      Object.values(API_VERBS).flatMap((verbs) => Object.values(verbs)),
    );
  });

  it('passes only the payload to listeners, never the IpcRendererEvent', () => {
    const { ipc, fire } = fakeIpc();
    const api = buildInvisApi(ipc);
    const seen: unknown[][] = [];
    api.device.onLinkChanged((...args: unknown[]) => seen.push(args));
    fire('device:link-changed', { deviceId: 'SN1', link: 'down' });
    expect(seen).toEqual([[{ deviceId: 'SN1', link: 'down' }]]);
  });

  it('returns an unsubscribe that removes exactly its own listener', () => {
    const { ipc, fire, count } = fakeIpc();
    const api = buildInvisApi(ipc);
    const first: unknown[] = [];
    const second: unknown[] = [];
    const offFirst = api.ota.onStateChanged((view) => first.push(view));
    api.ota.onStateChanged((view) => second.push(view));
    expect(count('ota:state-changed')).toBe(2);
    offFirst();
    offFirst(); // twice is harmless
    expect(count('ota:state-changed')).toBe(1);
    fire('ota:state-changed', 'view');
    expect(first).toEqual([]);
    expect(second).toEqual(['view']);
  });

  it('rejects a listener that is not a function', () => {
    const api = buildInvisApi(fakeIpc().ipc);
    expect(() => api.ota.onStateChanged('nope' as unknown as () => void)).toThrow(TypeError);
  });
});

// The preload file itself: it must expose the built API under API_GLOBAL and nothing else.
const electron = vi.hoisted(() => ({
  exposed: [] as [string, unknown][],
  ipcRenderer: { invoke: async () => null, on: () => undefined, removeListener: () => undefined },
}));
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.push([key, value]),
  },
  ipcRenderer: electron.ipcRenderer,
}));

describe('preload.ts', () => {
  beforeEach(() => {
    electron.exposed.length = 0;
    vi.resetModules();
  });

  it('exposes one object, window.invis, shaped like the contract (no ipcRenderer)', async () => {
    await import('../../../electron/preload.js');
    expect(electron.exposed.map(([key]) => key)).toEqual([API_GLOBAL]);
    const api = electron.exposed[0]?.[1] as object;
    expect(shapeOf(api)).toEqual(expectedShape());
    expect(JSON.stringify(Object.keys(api))).not.toContain('ipcRenderer');
  });
});
