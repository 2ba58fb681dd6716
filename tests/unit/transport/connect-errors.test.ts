import { describe, expect, it } from 'vitest';
import { mapConnectError } from '../../../electron/transport/connect-errors.js';

function errno(code: string): Error {
  return Object.assign(new Error(`connect ${code} 10.0.0.7:3333`), { code });
}

describe('mapConnectError', () => {
  it.each([
    ['ECONNREFUSED', 'refused'],
    ['ETIMEDOUT', 'timeout'],
    ['EHOSTUNREACH', 'unreachable'],
    ['ENETUNREACH', 'unreachable'],
    ['EHOSTDOWN', 'unreachable'],
    ['ENOTFOUND', 'not-found'],
    ['EAI_AGAIN', 'not-found'],
    ['ECONNRESET', 'closed'],
  ])('maps %s to %s', (code, expected) => {
    expect(mapConnectError(errno(code), '10.0.0.7:3333').code).toBe(expected);
  });

  it('writes a message a person can read, with the technical detail after it', () => {
    const e = mapConnectError(errno('ECONNREFUSED'), '10.0.0.7:3333');
    expect(e.message).toBe(
      '10.0.0.7:3333 refused the connection (nothing is listening on that port) ' +
        '(connect ECONNREFUSED 10.0.0.7:3333)',
    );
  });

  it('falls back to unreachable for unknown errors', () => {
    expect(mapConnectError(errno('EWEIRD'), 'h:1').code).toBe('unreachable');
    expect(mapConnectError('boom', 'h:1')).toEqual({
      code: 'unreachable',
      message: 'h:1 cannot be reached on the network (boom)',
    });
  });
});
