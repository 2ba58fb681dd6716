import { describe, expect, it } from 'vitest';
import {
  addressKey,
  formatAddress,
  parseAddressInput,
} from '../../../shared/site/device-address.js';
import { defaultDataDir } from '../../../electron/site/data-dir.js';

describe('device addresses', () => {
  it.each([
    ['192.168.1.20', { host: '192.168.1.20', tcpPort: null }],
    [' outlet-3.local ', { host: 'outlet-3.local', tcpPort: null }],
    ['192.168.1.20:4000', { host: '192.168.1.20', tcpPort: 4000 }],
    ['[fe80::1]:3333', { host: 'fe80::1', tcpPort: 3333 }],
    ['fe80::1', { host: 'fe80::1', tcpPort: null }],
  ])('reads %s', (input, expected) => {
    expect(parseAddressInput(input)).toEqual({ ok: true, value: expected });
  });

  it.each(['', '300.1.1.1', 'http://x', '10.0.0.1:0', '10.0.0.1:70000'])(
    'refuses "%s"',
    (input) => {
      expect(parseAddressInput(input).ok).toBe(false);
    },
  );

  it('treats default ports and case as the same device, and shows only unusual ports', () => {
    const a = { host: 'Outlet.local', tcpPort: null, wsPort: null };
    expect(addressKey(a)).toBe(addressKey({ host: 'outlet.local', tcpPort: 3333, wsPort: 80 }));
    expect(formatAddress(a)).toBe('Outlet.local');
    expect(formatAddress({ host: 'fe80::1', tcpPort: 4000, wsPort: 8080 })).toBe(
      '[fe80::1] (tcp 4000, ws 8080)',
    );
  });

  it('keeps CLI journals under XDG_DATA_HOME, else ~/.local/share', () => {
    expect(defaultDataDir({ XDG_DATA_HOME: '/x/data' }, '/home/ada')).toBe('/x/data/invis-updater');
    expect(defaultDataDir({}, '/home/ada')).toBe('/home/ada/.local/share/invis-updater');
    expect(defaultDataDir({ XDG_DATA_HOME: 'relative' }, '/home/ada')).toBe(
      '/home/ada/.local/share/invis-updater',
    );
  });
});
