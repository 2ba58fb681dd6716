import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createFileLogger, ELECTRON_LOG_CHANNEL } from '../../../electron/platform/file-logger.js';

// electron-log/main requires 'electron' (a download trigger here): replace it whole.
const electronLog = vi.hoisted(() => ({
  lines: [] as unknown[][],
  file: { level: 'silly', maxSize: 0, resolvePathFn: (() => '') as () => string },
  catching: [] as unknown[],
  removed: [] as string[],
}));
vi.mock('electron', () => ({
  ipcMain: {
    removeAllListeners: (channel: string) => electronLog.removed.push(`on ${channel}`),
    removeHandler: (channel: string) => electronLog.removed.push(`handle ${channel}`),
  },
}));
vi.mock('electron-log/main', () => ({
  default: {
    transports: { file: electronLog.file },
    errorHandler: { startCatching: (options: unknown) => electronLog.catching.push(options) },
    info: (...args: unknown[]) => electronLog.lines.push(['info', ...args]),
    warn: (...args: unknown[]) => electronLog.lines.push(['warn', ...args]),
  },
}));

describe('createFileLogger', () => {
  it('writes main.log in the logs folder and reports that path', () => {
    const logsDir = path.join('/home/u/.config/Invis Updater/logs');
    const { logPath } = createFileLogger(logsDir);
    expect(logPath).toBe(path.join(logsDir, 'main.log'));
    expect(electronLog.file.resolvePathFn()).toBe(logPath);
    expect(electronLog.file.level).toBe('info');
    expect(electronLog.catching).toEqual([{ showDialog: false }]);
  });

  it("removes electron-log's own IPC channel: only the contract's channels reach main", () => {
    electronLog.removed.length = 0;
    createFileLogger('/logs');
    expect(electronLog.removed).toEqual([
      `on ${ELECTRON_LOG_CHANNEL}`,
      `handle ${ELECTRON_LOG_CHANNEL}`,
    ]);
  });

  it('forwards Logger calls, with data only when there is some', () => {
    const { logger } = createFileLogger('/logs');
    logger.info('connected', { host: '10.0.0.7' });
    logger.warn('lost link');
    expect(electronLog.lines).toEqual([
      ['info', 'connected', { host: '10.0.0.7' }],
      ['warn', 'lost link'],
    ]);
  });
});
