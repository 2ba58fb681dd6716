import { ipcMain } from 'electron';
import log from 'electron-log/main';
import path from 'node:path';
import type { Logger } from '../support/logger.js';

/** The channel electron-log/main listens on as soon as it is imported (src/main/index.js). */
export const ELECTRON_LOG_CHANNEL = '__ELECTRON_LOG__';

export interface FileLogger {
  readonly logger: Logger;
  /** Shown in the app (About / error screens) so users can attach it to a support request. */
  readonly logPath: string;
}

/**
 * The app's Logger, written by electron-log to `<logsDir>/main.log` (rotated at 1 MB).
 * The only file that knows electron-log; everything else sees the Logger interface.
 * `log.initialize()` is not called on purpose: it injects its own preload into every session
 * to collect renderer logs, and our renderer has nothing to say outside the IPC contract.
 * For the same reason the IPC listener electron-log registers on import is removed: the
 * contract's channels are the only ones main answers.
 */
export function createFileLogger(logsDir: string): FileLogger {
  ipcMain.removeAllListeners(ELECTRON_LOG_CHANNEL);
  ipcMain.removeHandler(ELECTRON_LOG_CHANNEL);
  const logPath = path.join(logsDir, 'main.log');
  log.transports.file.resolvePathFn = () => logPath;
  log.transports.file.level = 'info';
  log.transports.file.maxSize = 1024 * 1024;
  log.errorHandler.startCatching({ showDialog: false });
  return {
    logPath,
    logger: {
      info: (message, data) => (data === undefined ? log.info(message) : log.info(message, data)),
      warn: (message, data) => (data === undefined ? log.warn(message) : log.warn(message, data)),
    },
  };
}
