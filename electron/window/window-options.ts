import type { BrowserWindowConstructorOptions } from 'electron';

/** renderer/styles.css `--bg` (light and dark), so the window does not flash while it loads. */
export const BACKGROUND = { light: '#f4f6f8', dark: '#15181c' } as const;

export function backgroundColor(dark: boolean): string {
  return dark ? BACKGROUND.dark : BACKGROUND.light;
}

/**
 * The main window's options, as a pure function so the security settings are asserted by a
 * unit test rather than trusted to review. The renderer gets no Node, runs sandboxed and
 * isolated, and sees only what the preload exposes.
 */
export function windowOptions(preloadPath: string, dark = false): BrowserWindowConstructorOptions {
  return {
    title: 'Invis Updater',
    width: 960,
    height: 720,
    minWidth: 640,
    minHeight: 520,
    show: false, // shown on ready-to-show: no white flash, no half-drawn wizard
    backgroundColor: backgroundColor(dark),
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Chromium's spellchecker downloads dictionaries from Google: no remote content.
      spellcheck: false,
    },
  };
}
