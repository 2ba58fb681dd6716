import { describe, expect, it } from 'vitest';
import { hostsOf, localSubnets, parseCidr } from '../../../electron/discovery/cidr.js';

describe('CIDR ranges', () => {
  it('normalises to the network address and lists the hosts without network and broadcast', () => {
    const parsed = parseCidr('127.0.0.50/28');
    expect(parsed).toEqual({
      ok: true,
      value: { network: 2130706480, prefix: 28, text: '127.0.0.48/28' },
    });
    if (!parsed.ok) return;
    const hosts = hostsOf(parsed.value);
    expect(hosts).toHaveLength(14);
    expect(hosts[0]).toBe('127.0.0.49');
    expect(hosts.at(-1)).toBe('127.0.0.62');
  });

  it('a /24 has 254 hosts, a bare address is one host, /31 both', () => {
    const range = (text: string) => {
      const parsed = parseCidr(text);
      if (!parsed.ok) throw new Error(parsed.error);
      return hostsOf(parsed.value);
    };
    expect(range('192.168.1.0/24')).toHaveLength(254);
    expect(range('10.1.2.3')).toEqual(['10.1.2.3']);
    expect(range('10.1.2.4/31')).toEqual(['10.1.2.4', '10.1.2.5']);
  });

  it('refuses ranges larger than /22 with a clear error, and malformed input', () => {
    expect(parseCidr('10.0.0.0/22').ok).toBe(true);
    expect(parseCidr('10.0.0.0/21')).toEqual({
      ok: false,
      error: '"10.0.0.0/21" is too large to scan (2048 addresses); use /22 or smaller.',
    });
    for (const bad of ['10.0.0/24', '10.0.0.256/24', '10.0.0.0/33', 'fe80::/64', '10.0.0.0/24/1']) {
      expect(parseCidr(bad).ok).toBe(false);
    }
  });

  it('the default scan is the laptop’s external IPv4 /24s, skipping loopback, link-local and IPv6', () => {
    expect(
      localSubnets({
        lo: [{ family: 'IPv4', address: '127.0.0.1', internal: true }],
        eth0: [
          { family: 'IPv4', address: '192.168.1.23', internal: false },
          { family: 'IPv6', address: 'fe80::1', internal: false },
        ],
        wlan0: [
          { family: 4, address: '10.20.30.40', internal: false },
          { family: 'IPv4', address: '192.168.1.99', internal: false },
        ],
        usb0: [{ family: 'IPv4', address: '169.254.3.4', internal: false }],
      }),
    ).toEqual(['192.168.1.0/24', '10.20.30.0/24']);
  });
});
