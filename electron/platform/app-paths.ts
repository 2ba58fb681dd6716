import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface AppPaths {
  /** The bundled preload (vite.preload.config.mts). */
  readonly preload: string;
  /** The renderer's index.html (vite build). */
  readonly rendererIndex: string;
  /** Its file:// URL: the only page allowed to call IPC. */
  readonly rendererUrl: string;
}

/**
 * Where the built files sit relative to the compiled main process. tsc emits main to
 * dist-electron/electron/main.js (rootDir is the repository root), the preload bundle goes to
 * dist-electron/preload/, and the renderer to dist/renderer/; the same layout holds inside
 * app.asar, so one rule serves development and the packaged app.
 */
export function appPaths(mainDir: string): AppPaths {
  const rendererIndex = path.join(mainDir, '..', '..', 'dist', 'renderer', 'index.html');
  return {
    preload: path.join(mainDir, '..', 'preload', 'preload.js'),
    rendererIndex,
    rendererUrl: pathToFileURL(rendererIndex).href,
  };
}

/** The JSON file remembering recent outlets, in the per-user data folder. */
export function recentDevicesFile(userDataDir: string): string {
  return path.join(userDataDir, 'recent-devices.json');
}
