/**
 * Every expected failure in the app, as plain data. The renderer and the CLI map
 * `code` to words in one table each; `message` is the technical detail for logs.
 */
export type AppErrorCode =
  | 'bad-argument'
  | 'invalid-address'
  | 'unreachable'
  | 'refused'
  | 'timeout'
  | 'not-an-outlet'
  | 'connection-lost'
  | 'protocol'
  | 'device-rejected'
  | 'busy'
  | 'no-faceplate'
  | 'faceplate-offline'
  | 'cancelled'
  /** A file could not be written (disk full, no permission): the message names the file. */
  | 'disk'
  | 'internal';

export interface AppError {
  readonly code: AppErrorCode;
  readonly message: string;
  /** True when trying the same thing again later may succeed. */
  readonly retryable: boolean;
}

export function appError(code: AppErrorCode, message: string, retryable = false): AppError {
  return { code, message, retryable };
}

/** Exhaustiveness guard for switches over tagged unions. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
