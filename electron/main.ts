import { app, Menu, session, type BrowserWindow } from 'electron';
import { createEmitter, fanOut } from './ipc/emit.js';
import { createInvokeDispatcher } from './ipc/invoke-dispatcher.js';
import { registerIpc } from './ipc/register-ipc.js';
import { appPaths, recentDevicesFile } from './platform/app-paths.js';
import { electronPowerSource } from './platform/battery-power.js';
import { createFileLogger } from './platform/file-logger.js';
import { createNotifyHook } from './platform/os-notifier.js';
import { renderReportPdf } from './platform/pdf-renderer.js';
import { createPowerSaveHook } from './platform/power-save-blocker.js';
import { confirmQuitDuringUpdate } from './platform/quit-dialog.js';
import { createQuitSequence } from './platform/quit-sequence.js';
import { createSaveDialog } from './platform/save-dialog.js';
import { focusExisting } from './platform/single-instance.js';
import { createProgressHook } from './platform/taskbar-progress.js';
import { createUpdateActivityTracker } from './platform/update-activity-tracker.js';
import { createUpdaterService } from './services/updater-service.js';
import { systemClock } from './support/clock.js';
import { appMenuTemplate } from './window/app-menu.js';
import { createMainWindow } from './window/create-main-window.js';
import { guardSession, guardWebContents } from './window/web-guards.js';

/*
 * Composition root: wiring only. Every decision lives in a small tested module; this file
 * connects them to Electron's lifecycle.
 */

// Every renderer sandboxed, whatever a future window forgets to set.
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the outlets' sessions; it focuses its window (second-instance).
  app.quit();
} else {
  start();
}

function start(): void {
  const { logger: log, logPath } = createFileLogger(app.getPath('logs'));
  log.info('starting', { version: app.getVersion(), electron: process.versions.electron });
  // Windows shows notifications only for an app with an AppUserModelID (same as appId).
  if (process.platform === 'win32') app.setAppUserModelId('com.invisupdater.app');

  const paths = appPaths(__dirname);
  let window: BrowserWindow | null = null;
  const liveWindow = () => (window !== null && !window.isDestroyed() ? window : null);

  const tracker = createUpdateActivityTracker({
    hooks: {
      powerSave: createPowerSaveHook(log),
      progress: createProgressHook(liveWindow),
      notifier: createNotifyHook(liveWindow, log),
    },
    activeUpdates: () => service.activeUpdates(),
  });
  const service = createUpdaterService({
    clock: systemClock,
    log,
    recentFile: recentDevicesFile(app.getPath('userData')),
    emit: fanOut(
      createEmitter(() => liveWindow()?.webContents ?? null),
      (channel, payload) => tracker.onEvent(channel, payload),
    ),
    appInfo: () => ({ version: app.getVersion(), logPath, platform: process.platform }),
    dataDir: app.getPath('userData'),
    files: { chooseSavePath: createSaveDialog(liveWindow), renderPdf: renderReportPdf },
    power: electronPowerSource(),
    mdns: true,
  });

  let unregisterIpc: () => void = () => undefined;
  const quit = createQuitSequence({
    isUpdating: () => tracker.isUpdating(),
    confirm: () => confirmQuitDuringUpdate(liveWindow()),
    dispose: async () => {
      tracker.dispose();
      unregisterIpc();
      await service.dispose();
    },
    quit: () => app.quit(),
    clock: systemClock,
    log,
  });

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, log));
  app.on('second-instance', () => focusExisting(liveWindow()));
  // One window, one job: closing it quits on every platform (macOS included), so no update
  // runs on behind a window the user believes is gone.
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (quit.onBeforeQuit() === 'prevent') event.preventDefault();
  });

  app
    .whenReady()
    .then(() => {
      guardSession(session.defaultSession, log);
      Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(process.platform, app.name)));
      unregisterIpc = registerIpc({
        dispatch: createInvokeDispatcher(service.handlers, log),
        trustedContentsId: () => liveWindow()?.webContents.id ?? null,
        expectedUrl: paths.rendererUrl,
        log,
      });
      const win = createMainWindow(paths, log);
      win.on('close', (event) => {
        if (quit.onWindowClose() === 'prevent') event.preventDefault();
      });
      win.on('closed', () => {
        window = null;
      });
      window = win;
    })
    .catch((error: unknown) => {
      log.warn('startup failed', { error: String(error) });
      app.exit(1);
    });
}
