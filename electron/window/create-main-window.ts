import { BrowserWindow, nativeTheme } from 'electron';
import type { Logger } from '../support/logger.js';
import { shouldReloadAfterGone } from './renderer-recovery.js';
import { backgroundColor, windowOptions } from './window-options.js';

export interface MainWindowPaths {
  readonly preload: string;
  readonly rendererIndex: string;
}

/**
 * Opens the one wizard window from the bundled files on disk (no dev server, no remote URL)
 * and keeps its background in step with the OS theme. Guards come from
 * app.on('web-contents-created') in main.ts, so they apply before the first load.
 */
export function createMainWindow(paths: MainWindowPaths, log: Logger): BrowserWindow {
  const win = new BrowserWindow(windowOptions(paths.preload, nativeTheme.shouldUseDarkColors));
  win.once('ready-to-show', () => win.show());

  const onTheme = () => win.setBackgroundColor(backgroundColor(nativeTheme.shouldUseDarkColors));
  nativeTheme.on('updated', onTheme);
  win.on('closed', () => nativeTheme.off('updated', onTheme));

  let reloads = 0;
  win.webContents.on('render-process-gone', (_event, details) => {
    const reload = shouldReloadAfterGone(details.reason, reloads);
    log.warn('renderer process gone', {
      reason: details.reason,
      exitCode: details.exitCode,
      reloading: reload,
    });
    if (!reload || win.isDestroyed()) return;
    reloads += 1;
    win.webContents.reload();
  });
  win.loadFile(paths.rendererIndex).catch((error: unknown) => {
    log.warn('could not load the renderer', { path: paths.rendererIndex, error: String(error) });
  });
  return win;
}
