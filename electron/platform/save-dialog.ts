import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import { extname, join } from 'node:path';

export type ReportFormat = 'csv' | 'pdf';

const FILTERS: Record<ReportFormat, SaveDialogOptions['filters']> = {
  csv: [{ name: 'CSV spreadsheet', extensions: ['csv'] }],
  pdf: [{ name: 'PDF document', extensions: ['pdf'] }],
};

/** The dialog's options: the suggested name in the Documents folder, one file type. */
export function reportSaveOptions(
  defaultName: string,
  format: ReportFormat,
  folder: string,
): SaveDialogOptions {
  return {
    title: `Export the report as ${format.toUpperCase()}`,
    defaultPath: join(folder, defaultName),
    buttonLabel: 'Export',
    filters: FILTERS[format],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** GTK's dialog does not add the extension when the person types a bare name; we do. */
export function withExtension(path: string, format: ReportFormat): string {
  return extname(path).toLowerCase() === `.${format}` ? path : `${path}.${format}`;
}

/** Some Linux desktops have no Documents folder configured; home is the next best place. */
function documentsFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

/**
 * "Where should the report go?": the native save dialog, attached to our window when there is
 * one. Resolves with the chosen path, or null when the person cancelled.
 */
export function createSaveDialog(
  window: () => BrowserWindow | null,
): (defaultName: string, format: ReportFormat) => Promise<string | null> {
  return async (defaultName, format) => {
    const options = reportSaveOptions(defaultName, format, documentsFolder());
    const parent = window();
    const answer = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    if (answer.canceled || !answer.filePath) return null;
    return withExtension(answer.filePath, format);
  };
}
