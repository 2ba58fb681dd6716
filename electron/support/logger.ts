/** The one logging seam: the CLI writes to stderr, the app to electron-log, tests collect lines. */
export interface Logger {
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
}

export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
};

/** Adds a prefix (for example the device address) to every line. */
export function prefixed(logger: Logger, prefix: string): Logger {
  return {
    info: (message, data) => logger.info(`${prefix} ${message}`, data),
    warn: (message, data) => logger.warn(`${prefix} ${message}`, data),
  };
}
