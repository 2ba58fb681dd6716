import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createInvokeDispatcher,
  type InvokeHandlers,
} from '../../../electron/ipc/invoke-dispatcher.js';
import { registerIpc } from '../../../electron/ipc/register-ipc.js';
import type { Logger } from '../../../electron/support/logger.js';
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract.js';
import { ok } from '../../../shared/result.js';

type Handler = (event: IpcMainInvokeEvent, arg: unknown) => Promise<unknown>;

// Capture what register-ipc hands to ipcMain; the real 'electron' module must never load.
const ipc = vi.hoisted(() => ({ handlers: new Map<string, Handler>() }));
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => ipc.handlers.set(channel, handler),
    removeHandler: (channel: string) => ipc.handlers.delete(channel),
  },
}));

const URL_OK = 'file:///app/dist/renderer/index.html';
const OUR_ID = 7;

function fakeEvent(over: {
  senderId?: number;
  url?: string;
  parent?: object | null;
  frame?: null;
}) {
  const senderFrame =
    over.frame === null ? null : { url: over.url ?? URL_OK, parent: over.parent ?? null };
  // Only the fields register-ipc reads; the cast stands in for Electron's event class.
  return { sender: { id: over.senderId ?? OUR_ID }, senderFrame } as unknown as IpcMainInvokeEvent;
}

function setup() {
  const lines: string[] = [];
  const log: Logger = { info: (m) => lines.push(m), warn: (m) => lines.push(m) };
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    INVOKE_CHANNELS.map((channel) => [
      channel,
      async (arg: unknown) => {
        calls.push(`${channel} ${JSON.stringify(arg)}`);
        return ok(null);
      },
    ]),
  ) as unknown as InvokeHandlers;
  const unregister = registerIpc({
    dispatch: createInvokeDispatcher(handlers, log),
    trustedContentsId: () => OUR_ID,
    expectedUrl: URL_OK,
    log,
  });
  const call = (channel: string, event: IpcMainInvokeEvent, arg: unknown) => {
    const handler = ipc.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, arg);
  };
  return { lines, calls, unregister, call };
}

describe('registerIpc', () => {
  beforeEach(() => ipc.handlers.clear());

  it('registers exactly the contract channels, and unregisters them', () => {
    const { unregister } = setup();
    expect([...ipc.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    unregister();
    expect(ipc.handlers.size).toBe(0);
  });

  it('passes a trusted call with a good argument to the service', async () => {
    const { call, calls } = setup();
    const result = await call('ota:cancel', fakeEvent({}), { deviceId: 'SN1' });
    expect(result).toEqual({ ok: true, value: null });
    expect(calls).toEqual(['ota:cancel {"deviceId":"SN1"}']);
  });

  it.each([
    ['another window', fakeEvent({ senderId: 99 })],
    ['a subframe', fakeEvent({ parent: {} })],
    ['a foreign page', fakeEvent({ url: 'https://evil.example/' })],
    ['a destroyed frame', fakeEvent({ frame: null })],
  ])('refuses %s with an error value and a log line', async (_name, event) => {
    const { call, calls, lines } = setup();
    const result = await call('ota:start', event, {
      deviceId: 'SN1',
      target: 'outlet',
      method: 'auto',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    expect(calls).toEqual([]);
    expect(lines).toContain('refused an IPC call from an untrusted sender');
  });

  it('refuses every call while there is no window', async () => {
    ipc.handlers.clear();
    const log: Logger = { info: () => undefined, warn: () => undefined };
    registerIpc({
      dispatch: async () => ok('reached'),
      trustedContentsId: () => null,
      expectedUrl: URL_OK,
      log,
    });
    const result = await ipc.handlers.get('app:get-info')?.(fakeEvent({}), undefined);
    expect(result).toMatchObject({ ok: false });
  });

  it('refuses a bad argument from a trusted sender without calling the service', async () => {
    const { call, calls, lines } = setup();
    const result = await call('ota:start', fakeEvent({}), {
      deviceId: 'SN1',
      target: 'everything',
      method: 'auto',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    expect(calls).toEqual([]);
    expect(lines).toContain('renderer sent a bad argument');
  });

  it('refuses extra fields (strict schemas) and arguments to argument-less verbs', async () => {
    const { call, calls } = setup();
    const extra = await call('ota:cancel', fakeEvent({}), { deviceId: 'SN1', force: true });
    const stray = await call('app:get-info', fakeEvent({}), { please: 1 });
    expect(extra).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    expect(stray).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    expect(calls).toEqual([]);
  });
});
