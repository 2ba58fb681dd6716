import type { MenuItemConstructorOptions } from 'electron';

/**
 * A small menu instead of Electron's default, whose Help items open electronjs.org. It keeps
 * what a desktop user expects: Edit (so copy and paste work in the address field, on macOS
 * too), zoom for readability, and Quit/Close, which go through the update-aware quit check.
 * No Reload: the wizard would restart its screens while an update runs.
 */
export function appMenuTemplate(
  platform: NodeJS.Platform,
  appName: string,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    { label: 'File', submenu: [mac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Window',
      submenu: [{ role: 'minimize' }, ...(mac ? [{ role: 'zoom' as const }] : [])],
    },
  );
  return template;
}
