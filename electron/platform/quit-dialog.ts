import { dialog, type BrowserWindow } from 'electron';

/** The words the quit confirmation shows: exported so a test can hold them to the truth. */
export const QUIT_WARNING = {
  message: 'An update is in progress.',
  detail:
    'The outlet normally finishes the update on its own, but this window will not see the result. The next time you open Invis Updater, it offers to check what became of it. Quit anyway?',
  buttons: ['Stay', 'Quit anyway'],
} as const;

/** Asks before quitting during an update. True = quit anyway; Stay is the default. */
export function confirmQuitDuringUpdate(win: BrowserWindow | null): boolean {
  const options = {
    type: 'warning' as const,
    title: 'Invis Updater',
    message: QUIT_WARNING.message,
    detail: QUIT_WARNING.detail,
    buttons: [...QUIT_WARNING.buttons],
    defaultId: 0,
    cancelId: 0, // Esc / closing the dialog = Stay
    noLink: true,
  };
  const choice =
    win !== null && !win.isDestroyed()
      ? dialog.showMessageBoxSync(win, options)
      : dialog.showMessageBoxSync(options);
  return choice === 1;
}
