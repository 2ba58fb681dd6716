import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appPaths, recentDevicesFile } from '../../../electron/platform/app-paths.js';

describe('appPaths', () => {
  const root = path.join(path.sep, 'opt', 'Invis Updater', 'resources', 'app.asar');
  const paths = appPaths(path.join(root, 'dist-electron', 'electron'));

  it('finds the preload bundle and the renderer beside the compiled main', () => {
    expect(paths.preload).toBe(path.join(root, 'dist-electron', 'preload', 'preload.js'));
    expect(paths.rendererIndex).toBe(path.join(root, 'dist', 'renderer', 'index.html'));
  });

  it('gives the renderer a file:// URL that maps back to the same file', () => {
    expect(paths.rendererUrl.startsWith('file://')).toBe(true);
    expect(fileURLToPath(paths.rendererUrl)).toBe(paths.rendererIndex);
  });

  it('keeps recent devices in the user data folder', () => {
    expect(recentDevicesFile('/u')).toBe(path.join('/u', 'recent-devices.json'));
  });
});
