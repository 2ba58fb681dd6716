import { describe, expect, it } from 'vitest';
import { validateHost, validatePort } from '../../../shared/model/address.js';

describe('validateHost', () => {
  it.each(['192.168.1.20', 'outlet-kitchen.local', '::1', '[fe80::1]', 'localhost', 'outlet.'])(
    'accepts %s',
    (host) => expect(validateHost(host).ok).toBe(true),
  );

  it.each([
    ['', /Enter the outlet/],
    ['192.168.1.256', /not a valid IPv4/],
    ['192.168.1', /not a valid IPv4/],
    ['http://outlet.local', /without http:\/\//],
    ['10.0.0.5/24', /without http:\/\/ or a path/],
    ['my outlet', /spaces/],
    ['-bad-.local', /not a valid host name/],
    ['fe80::zz', /not a valid IPv6/],
  ])('rejects %j with a clear message', (host, message) => {
    const result = validateHost(host);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('trims and unwraps brackets', () => {
    expect(validateHost('  [::1] ')).toEqual({ ok: true, value: '::1' });
  });
});

describe('validatePort', () => {
  it('accepts 1..65535 only', () => {
    expect(validatePort(3333).ok).toBe(true);
    expect(validatePort(0).ok).toBe(false);
    expect(validatePort(65536).ok).toBe(false);
    expect(validatePort(80.5).ok).toBe(false);
  });
});
