import type { BrowserWindow } from 'electron';
import type { ProgressHook } from './update-activity-tracker.js';

/** Windows taskbar / macOS dock / Unity launcher progress for the wizard window. */
export function createProgressHook(window: () => BrowserWindow | null): ProgressHook {
  const set = (value: number) => {
    const win = window();
    if (win !== null && !win.isDestroyed()) win.setProgressBar(value);
  };
  return {
    set,
    clear: () => set(-1), // a negative value removes the bar
  };
}
