import { describe, expect, it } from 'vitest';
import { bareHost, formatRemote, wsUrl } from '../../../electron/transport/address.js';

describe('transport addresses', () => {
  it('brackets IPv6 literals in logs and URLs, whichever way they were given', () => {
    expect(formatRemote('::1', 3333)).toBe('[::1]:3333');
    expect(formatRemote('[fe80::1]', 80)).toBe('[fe80::1]:80');
    expect(wsUrl('::1', 80, '/ws')).toBe('ws://[::1]:80/ws');
  });

  it('leaves IPv4 and host names alone', () => {
    expect(formatRemote('192.168.1.20', 3333)).toBe('192.168.1.20:3333');
    expect(wsUrl('outlet.local', 80, 'ws')).toBe('ws://outlet.local:80/ws');
  });

  it('strips brackets for node:net', () => {
    expect(bareHost('[::1]')).toBe('::1');
    expect(bareHost(' 10.0.0.7 ')).toBe('10.0.0.7');
  });
});
