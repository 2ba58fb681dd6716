import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from '../../../electron/window/app-menu.js';

function roles(template: ReturnType<typeof appMenuTemplate>): string[] {
  return template.flatMap((item) =>
    Array.isArray(item.submenu) ? item.submenu.map((sub) => String(sub.role ?? sub.type)) : [],
  );
}

describe('appMenuTemplate', () => {
  it('keeps editing and zoom, drops reload and the Electron help links', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const items = roles(appMenuTemplate(platform, 'Invis Updater'));
      expect(items).toEqual(expect.arrayContaining(['copy', 'paste', 'selectAll', 'zoomIn']));
      expect(items).not.toContain('reload');
      expect(items).not.toContain('forceReload');
      expect(items).not.toContain('help');
    }
  });

  it('has an app menu with Quit on macOS and File > Quit elsewhere', () => {
    expect(appMenuTemplate('darwin', 'Invis Updater')[0]?.label).toBe('Invis Updater');
    expect(roles(appMenuTemplate('darwin', 'Invis Updater'))).toContain('quit');
    const linux = appMenuTemplate('linux', 'Invis Updater');
    expect(linux[0]?.label).toBe('File');
    expect(roles(linux)).toContain('quit');
  });
});
