import type { BrowserWindow } from 'electron';

/**
 * Brings the existing window forward when the app is started a second time (two instances
 * would each open sessions to the same outlet and could start two updates on it).
 */
export function focusExisting(win: BrowserWindow | null): void {
  if (win === null || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
