import {
  BrowserWindow,
  session,
  type BrowserWindowConstructorOptions,
  type PrintToPDFOptions,
} from 'electron';

/** An in-memory session of its own: the report page shares no cookies, cache or storage. */
export const REPORT_PARTITION = 'report';

/**
 * Chromium refuses URLs longer than 2 MiB; a report that large (thousands of devices) is
 * refused with words rather than printed as an empty page.
 */
export const MAX_URL_LENGTH = 2 * 1024 * 1024;

/** A4 landscape: the report's twelve columns need the width (its CSS asks for the same). */
export const PDF_OPTIONS: PrintToPDFOptions = {
  printBackground: true,
  pageSize: 'A4',
  landscape: true,
};

/** The hidden printing window: no script, sandboxed, isolated, its own session. */
export function reportWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 1123,
    height: 794,
    webPreferences: {
      partition: REPORT_PARTITION,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  };
}

/** Base64, so no character of the report can end the URL early or be read as a fragment. */
export function htmlDataUrl(html: string): string {
  return `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
}

let guarded = false;

/** The report loads nothing but itself: any other request from its session is cancelled. */
function guardReportSession(): void {
  if (guarded) return;
  guarded = true;
  const reportSession = session.fromPartition(REPORT_PARTITION);
  reportSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !details.url.startsWith('data:') });
  });
  reportSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  reportSession.setPermissionCheckHandler(() => false);
}

/**
 * Prints a self-contained HTML report to PDF with Chromium: load it as a data: URL in a
 * hidden window, printToPDF, and destroy the window whatever happens. Throws on failure;
 * the site handlers turn that into an error value.
 */
export async function renderReportPdf(html: string): Promise<Uint8Array> {
  const url = htmlDataUrl(html);
  if (url.length > MAX_URL_LENGTH) {
    throw new Error(`the report is too large to print (${url.length} characters encoded)`);
  }
  guardReportSession();
  const win = new BrowserWindow(reportWindowOptions());
  try {
    await win.loadURL(url);
    return await win.webContents.printToPDF(PDF_OPTIONS);
  } finally {
    win.destroy();
  }
}
