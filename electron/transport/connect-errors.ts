import type { ConnectError, ConnectErrorCode } from './transport.js';

const CODE_BY_ERRNO: Readonly<Record<string, ConnectErrorCode>> = {
  ECONNREFUSED: 'refused',
  ETIMEDOUT: 'timeout',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  EHOSTDOWN: 'unreachable',
  ENETDOWN: 'unreachable',
  EADDRNOTAVAIL: 'unreachable',
  ENOTFOUND: 'not-found',
  EAI_AGAIN: 'not-found',
  EAI_NONAME: 'not-found',
  ECONNRESET: 'closed',
  ECONNABORTED: 'closed',
  EPIPE: 'closed',
};

const WORDS: Readonly<Record<ConnectErrorCode, string>> = {
  refused: 'refused the connection (nothing is listening on that port)',
  timeout: 'did not answer in time',
  unreachable: 'cannot be reached on the network',
  'not-found': 'could not be resolved to an address',
  handshake: 'answered, but not as an InvisOutlet WebSocket',
  closed: 'closed the connection while it was being set up',
};

/** A person-readable ConnectError, e.g. "192.168.1.20:3333 refused the connection (...)". */
export function connectError(
  code: ConnectErrorCode,
  remote: string,
  detail?: string,
): ConnectError {
  const suffix = detail === undefined || detail === '' ? '' : ` (${detail})`;
  return { code, message: `${remote} ${WORDS[code]}${suffix}` };
}

/**
 * Maps a Node socket error (or a ws handshake error) met while connecting. Errors without a
 * known errno are assumed unreachable: the safest words when we cannot tell more.
 */
export function mapConnectError(error: unknown, remote: string): ConnectError {
  const errno = errnoOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const code = errno === undefined ? undefined : CODE_BY_ERRNO[errno];
  return connectError(code ?? 'unreachable', remote, message);
}

export function errnoOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
