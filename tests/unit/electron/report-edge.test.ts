import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronPowerSource } from '../../../electron/platform/battery-power.js';
import {
  MAX_URL_LENGTH,
  PDF_OPTIONS,
  REPORT_PARTITION,
  htmlDataUrl,
  renderReportPdf,
  reportWindowOptions,
} from '../../../electron/platform/pdf-renderer.js';
import {
  createSaveDialog,
  reportSaveOptions,
  withExtension,
} from '../../../electron/platform/save-dialog.js';
import { FakeBrowserWindow, state } from './fake-electron.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).fakeElectronModule());

const HTML = '<!DOCTYPE html><html><body><h1>Report: Café #1 & 100% “ok”</h1></body></html>';

beforeEach(() => {
  state.windows.length = 0;
  state.printed.length = 0;
  state.printFails = null;
  state.saveDialogs.length = 0;
});

describe('the PDF renderer (hidden window, printToPDF)', () => {
  it('prints in a hidden, script-less, sandboxed window of its own session, then destroys it', async () => {
    const bytes = await renderReportPdf(HTML);
    expect(Buffer.from(bytes).toString()).toBe('%PDF-1.7 fake');
    const win = state.windows.at(-1) as FakeBrowserWindow;
    expect(win.options).toEqual(reportWindowOptions());
    expect(win.options).toMatchObject({
      show: false,
      webPreferences: {
        partition: REPORT_PARTITION,
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
      },
    });
    expect(win.loaded).toEqual([htmlDataUrl(HTML)]);
    expect(state.printed).toEqual([{ printBackground: true, pageSize: 'A4', landscape: true }]);
    expect(PDF_OPTIONS).toMatchObject({ printBackground: true, pageSize: 'A4' });
    expect(win.destroyed).toBe(true);
  });

  it('encodes the page so no character of it can end the URL', () => {
    const url = htmlDataUrl(HTML);
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    const decoded = Buffer.from(url.split(',')[1] ?? '', 'base64').toString('utf8');
    expect(decoded).toBe(HTML);
  });

  it('lets only data: URLs load in its session and grants no permission', async () => {
    await renderReportPdf(HTML);
    const session = state.partitions.get(REPORT_PARTITION);
    const decide = (url: string) => {
      let answer: unknown;
      session?.beforeRequest?.({ url }, (response: unknown) => (answer = response));
      return answer;
    };
    expect(decide('data:text/html;base64,AAAA')).toEqual({ cancel: false });
    expect(decide('https://fonts.example/x.woff')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(session?.permissionCheck?.()).toBe(false);
  });

  it('destroys the window when printing fails, and passes the error on', async () => {
    state.printFails = 'printing service gone';
    await expect(renderReportPdf(HTML)).rejects.toThrow('printing service gone');
    expect((state.windows.at(-1) as FakeBrowserWindow).destroyed).toBe(true);
  });

  it('refuses a report too large for a data: URL before opening any window', async () => {
    const huge = 'x'.repeat(MAX_URL_LENGTH);
    await expect(renderReportPdf(huge)).rejects.toThrow(/too large to print/);
    expect(state.windows).toHaveLength(0);
  });
});

describe('the save dialog', () => {
  it('suggests the name in the Documents folder, one file type, overwrite confirmed', () => {
    expect(
      reportSaveOptions('astoria-report-2026-03-15.csv', 'csv', '/home/ada/Documents'),
    ).toEqual({
      title: 'Export the report as CSV',
      defaultPath: '/home/ada/Documents/astoria-report-2026-03-15.csv',
      buttonLabel: 'Export',
      filters: [{ name: 'CSV spreadsheet', extensions: ['csv'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('adds the extension a bare typed name lacks, and keeps one that is there', () => {
    expect(withExtension('/tmp/report', 'pdf')).toBe('/tmp/report.pdf');
    expect(withExtension('/tmp/report.PDF', 'pdf')).toBe('/tmp/report.PDF');
    expect(withExtension('/tmp/report.csv', 'pdf')).toBe('/tmp/report.csv.pdf');
  });

  it('opens attached to the window, answers the path, or null when cancelled', async () => {
    const parent = new FakeBrowserWindow({});
    // The fake stands in for Electron's BrowserWindow (only identity matters here).
    const choose = createSaveDialog(() => parent as unknown as Electron.BrowserWindow);
    state.saveAnswer = { canceled: false, filePath: '/fake/documents/site' };
    expect(await choose('site-report.csv', 'csv')).toBe('/fake/documents/site.csv');
    expect(state.saveDialogs[0]?.[0]).toBe(parent);
    expect(state.saveDialogs[0]?.[1]).toMatchObject({
      defaultPath: '/fake/documents/site-report.csv',
    });
    state.saveAnswer = { canceled: true };
    expect(await choose('site-report.csv', 'csv')).toBeNull();
    const detached = createSaveDialog(() => null);
    state.saveAnswer = { canceled: false, filePath: '/x/y.pdf' };
    expect(await detached('r.pdf', 'pdf')).toBe('/x/y.pdf');
    expect(state.saveDialogs.at(-1)).toHaveLength(1);
  });
});

describe('the power source', () => {
  it('asks Electron outside Linux', async () => {
    state.onBattery = true;
    expect(await electronPowerSource('win32').read()).toBe('battery');
    state.onBattery = false;
    expect(await electronPowerSource('darwin').read()).toBe('ac');
  });
});
