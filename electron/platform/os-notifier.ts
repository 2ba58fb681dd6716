import { Notification, type BrowserWindow } from 'electron';
import type { Logger } from '../support/logger.js';
import type { NotifyHook } from './update-activity-tracker.js';

/**
 * Announces a finished update when the user is looking elsewhere; clicking the notification
 * brings the wizard back with its Result step. Silently skipped where the OS has no
 * notification service (some Linux desktops).
 */
export function createNotifyHook(window: () => BrowserWindow | null, log: Logger): NotifyHook {
  return {
    isWindowFocused() {
      const win = window();
      return win !== null && !win.isDestroyed() && win.isFocused();
    },
    notify({ title, body }) {
      if (!Notification.isSupported()) {
        log.info('notifications not supported; outcome not announced', { title });
        return;
      }
      const notification = new Notification({ title, body });
      notification.on('click', () => {
        const win = window();
        if (win === null || win.isDestroyed()) return;
        if (win.isMinimized()) win.restore();
        win.focus();
      });
      notification.show();
    },
  };
}
