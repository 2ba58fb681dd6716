import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/window/content-security-policy.js';
import { MAX_RENDERER_RELOADS } from '../../../electron/window/renderer-recovery.js';
import type { UpdaterServiceDeps } from '../../../electron/services/updater-service.js';
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract.js';
import { ok } from '../../../shared/result.js';
import { state } from './fake-electron.js';
import { downloading, finished } from './ota-views.js';

/*
 * A smoke test of the composition root: main.ts runs against a fake 'electron' (the real one
 * cannot start here) and a fake updater service whose events the test emits. It checks the
 * wiring that unit tests of the parts cannot: sandbox on, guards before the first load, IPC
 * reachable from our window only, events reaching the window and the platform hooks, the
 * quit confirmation during an update, and the quit path disposing the service.
 */
const service = vi.hoisted(() => ({
  deps: null as UpdaterServiceDeps | null,
  active: 0,
  disposed: 0,
}));
vi.mock('../../../electron/services/updater-service.js', () => ({
  createUpdaterService: (deps: UpdaterServiceDeps) => {
    service.deps = deps;
    const handlers = Object.fromEntries(
      INVOKE_CHANNELS.map((channel) => [channel, async () => ok(null)]),
    );
    return {
      handlers: { ...handlers, 'app:get-info': async () => ok(deps.appInfo()) },
      activeUpdates: () => service.active,
      dispose: async () => {
        service.disposed++;
      },
    };
  },
}));
vi.mock('electron', async () => (await import('./fake-electron.js')).fakeElectronModule());
vi.mock('electron-log/main', () => ({
  default: {
    transports: { file: {} },
    errorHandler: { startCatching: () => undefined },
    info: () => undefined,
    warn: () => undefined,
  },
}));

async function startApp() {
  await import('../../../electron/main.js');
  state.app.becomeReady();
  await vi.waitFor(() => expect(state.windows).toHaveLength(1));
  const win = state.windows[0];
  if (!win) throw new Error('no window');
  return win;
}

function trustedEvent(win: { webContents: { id: number } }, url: string) {
  return { sender: { id: win.webContents.id }, senderFrame: { url, parent: null } };
}

describe('main.ts wiring (fake electron)', () => {
  it('starts sandboxed, guarded, with IPC for our page only, and quits cleanly', async () => {
    const win = await startApp();
    expect(state.app.sandboxed).toBe(true);

    // Window: secure options, our files, guards attached before the load. (Run from source,
    // main's folder is electron/, so only the ends of the paths are as in the build.)
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
    const preload = (win.options.webPreferences as { preload: string }).preload;
    expect(preload).toMatch(/[\\/]preload[\\/]preload\.js$/);
    expect(win.loaded).toHaveLength(1);
    expect(win.loaded[0]).toMatch(/dist[\\/]renderer[\\/]index\.html$/);
    expect(win.webContents.listenerCount('will-navigate')).toBe(1);
    expect(win.webContents.windowOpenHandler?.({ url: 'https://x.example' })).toEqual({
      action: 'deny',
    });

    // Session: CSP on responses, permissions refused.
    let headers: unknown = null;
    state.headersListener?.({ responseHeaders: {} }, (response: unknown) => (headers = response));
    expect(headers).toEqual({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    expect(state.permissionCheck?.()).toBe(false);
    expect(state.menu).toMatchObject({
      template: expect.arrayContaining([expect.objectContaining({ label: 'Edit' })]),
    });

    // IPC: our page gets answers; a foreign page gets an error value.
    const pageUrl = pathToFileURL(win.loaded[0] ?? '').href;
    const getInfo = state.handlers.get('app:get-info');
    await expect(getInfo?.(trustedEvent(win, pageUrl), undefined)).resolves.toMatchObject({
      ok: true,
      value: { version: '9.9.9', logPath: expect.stringMatching(/main\.log$/) },
    });
    await expect(
      getInfo?.(trustedEvent(win, 'https://evil.example/'), undefined),
    ).resolves.toMatchObject({ ok: false, error: { code: 'bad-argument' } });

    // An update runs: the window hears it, the system stays awake, the taskbar shows progress.
    const emit = service.deps?.emit;
    if (!emit) throw new Error('service not created');
    service.active = 1;
    emit('ota:state-changed', downloading(40));
    expect(win.webContents.sent.map(([channel]) => channel)).toEqual(['ota:state-changed']);
    expect(state.powerSave).toEqual(['start']);
    expect(win.progress).toEqual([0.4]);

    // The page crashes mid-update: it is loaded again (main's update carries on and the page
    // picks it up); a clean exit is no crash; a crash loop stops after MAX_RENDERER_RELOADS.
    const gone = (reason: string) =>
      win.webContents.emit('render-process-gone', {}, { reason, exitCode: 1 });
    gone('crashed');
    expect(win.webContents.reloads).toBe(1);
    gone('clean-exit');
    expect(win.webContents.reloads).toBe(1);
    for (let crash = 0; crash < MAX_RENDERER_RELOADS; crash++) gone('oom');
    expect(win.webContents.reloads).toBe(MAX_RENDERER_RELOADS);

    // Closing now asks; Stay (the default) keeps the window.
    state.dialogAnswer = 0;
    expect(win.tryClose()).toBe(false);
    expect(state.dialogs).toHaveLength(1);
    expect(state.dialogs[0]).toMatchObject({ defaultId: 0, cancelId: 0 });
    expect(String(state.dialogs[0]?.detail)).toContain('it offers to check what became of it');

    // The update ends: released once, bar removed, and closing no longer asks.
    emit('ota:state-changed', finished('updated'));
    service.active = 0;
    expect(state.powerSave).toEqual(['start', 'stop']);
    expect(win.progress).toEqual([0.4, -1]);

    // Quit with no update running: no question, service disposed, then the app ends.
    expect(win.tryClose()).toBe(true);
    await vi.waitFor(() => expect(state.app.exitCode).toBe(0));
    expect(state.dialogs).toHaveLength(1);
    expect(service.disposed).toBe(1);
    expect(state.handlers.size).toBe(0); // IPC unregistered during disposal
  });
});
