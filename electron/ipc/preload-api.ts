import {
  API_EVENTS,
  API_VERBS,
  type EventChannel,
  type InvisApi,
  type InvokeChannel,
} from '../../shared/ipc/contract.js';

/**
 * The part of ipcRenderer the bridge uses. `event` stays `unknown` here: it is the
 * IpcRendererEvent, which must never reach the page (it carries `sender`, i.e. ipcRenderer).
 */
export interface IpcRendererLike {
  invoke(channel: string, arg: unknown): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

type Verb = (arg?: unknown) => Promise<unknown>;
type Subscribe = (listener: (payload: unknown) => void) => () => void;

/**
 * Builds `window.invis` from the contract's tables, so a verb added to API_VERBS reaches the
 * page without touching the preload. Each verb forwards exactly one argument; each `on…`
 * forwards only the payload and returns its own unsubscribe. Nothing else is exposed.
 */
export function buildInvisApi(ipc: IpcRendererLike): InvisApi {
  const api: Record<string, Record<string, Verb | Subscribe>> = {};
  for (const [domain, verbs] of Object.entries(API_VERBS)) {
    const group = (api[domain] ??= {});
    for (const [name, channel] of Object.entries(verbs)) group[name] = verb(ipc, channel);
  }
  for (const [domain, events] of Object.entries(API_EVENTS)) {
    const group = (api[domain] ??= {});
    for (const [name, channel] of Object.entries(events)) group[name] = subscribe(ipc, channel);
  }
  // The tables are typed against InvokeChannel/EventChannel but TypeScript cannot follow
  // the loops above to InvisApi's method signatures; the preload test checks the shape.
  return api as unknown as InvisApi;
}

function verb(ipc: IpcRendererLike, channel: InvokeChannel): Verb {
  return (arg) => ipc.invoke(channel, arg);
}

function subscribe(ipc: IpcRendererLike, channel: EventChannel): Subscribe {
  return (listener) => {
    if (typeof listener !== 'function')
      throw new TypeError(`${channel}: listener must be a function`);
    const forward = (_event: unknown, payload: unknown) => listener(payload);
    ipc.on(channel, forward);
    return () => {
      ipc.removeListener(channel, forward);
    };
  };
}
