import type { Session, WebContents } from 'electron';
import type { Logger } from '../support/logger.js';
import { withContentSecurityPolicy } from './content-security-policy.js';

/**
 * Session-wide protections: our CSP on every response (file: loads included; Electron's
 * webRequest sees them in current versions, and the renderer's index.html should carry the
 * same policy in a <meta> tag as a second line), and no permission ever granted: the wizard
 * needs no camera, notifications-from-page, USB, local network or anything else.
 */
export function guardSession(session: Session, log: Logger): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('denied a permission request', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * Every webContents (ours, and any a bug might create) may not navigate, open windows or
 * attach <webview>s: the app is one page loaded from disk and shows no remote content.
 * In-page (hash) navigations do not fire these events, so a hash router keeps working.
 */
export function guardWebContents(contents: WebContents, log: Logger): void {
  contents.on('will-navigate', (event) => {
    log.warn('blocked a navigation', { url: event.url });
    event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return; // already handled by will-navigate
    log.warn('blocked a frame navigation', { url: event.url });
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    log.warn('blocked a webview');
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    log.warn('blocked window.open', { url });
    return { action: 'deny' };
  });
}
