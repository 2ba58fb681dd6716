import { err, ok, type Result } from '../../shared/result.js';

export interface Cidr {
  /** The network address as an unsigned 32-bit number. */
  readonly network: number;
  readonly prefix: number;
  readonly text: string;
}

/** The largest range a scan accepts: 1022 hosts (a /22) take about 40 s at the defaults. */
export const MIN_PREFIX = 22;

function ipToNumber(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)) {
    return null;
  }
  return parts.reduce((sum, part) => sum * 256 + Number(part), 0);
}

export function numberToIp(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/**
 * Parses `192.168.1.0/24` (a bare address means /32). IPv4 only: outlets are found on the
 * local IPv4 network. Ranges larger than /22 are refused: a scan must stay quick and must not
 * sweep a whole corporate network by mistake.
 */
export function parseCidr(input: string): Result<Cidr, string> {
  const [address = '', prefixText = '32', ...rest] = input.trim().split('/');
  const base = ipToNumber(address);
  if (base === null || rest.length > 0 || !/^\d{1,2}$/.test(prefixText)) {
    return err(`"${input}" is not an IPv4 range like 192.168.1.0/24.`);
  }
  const prefix = Number(prefixText);
  if (prefix > 32) return err(`"${input}": the prefix must be 0 to 32.`);
  if (prefix < MIN_PREFIX) {
    return err(
      `"${input}" is too large to scan (${2 ** (32 - prefix)} addresses); use /${MIN_PREFIX} or smaller.`,
    );
  }
  const size = 2 ** (32 - prefix);
  const network = Math.floor(base / size) * size;
  return ok({ network, prefix, text: `${numberToIp(network)}/${prefix}` });
}

/** The host addresses of a range: without the network and broadcast address up to /30. */
export function hostsOf(cidr: Cidr): string[] {
  const size = 2 ** (32 - cidr.prefix);
  const first = cidr.prefix >= 31 ? 0 : 1;
  const last = cidr.prefix >= 31 ? size - 1 : size - 2;
  const hosts: string[] = [];
  for (let offset = first; offset <= last; offset += 1)
    hosts.push(numberToIp(cidr.network + offset));
  return hosts;
}

/** One interface address as os.networkInterfaces() reports it (only what we read). */
export interface InterfaceAddress {
  readonly family: string | number;
  readonly address: string;
  readonly internal: boolean;
}

/**
 * The laptop's own /24s, the default scan: one per external IPv4 address (loopback and other
 * internal interfaces are skipped; give them explicitly to scan them).
 */
export function localSubnets(
  interfaces: Record<string, readonly InterfaceAddress[] | undefined>,
): string[] {
  const subnets = new Set<string>();
  for (const addresses of Object.values(interfaces)) {
    for (const address of addresses ?? []) {
      const ipv4 = address.family === 'IPv4' || address.family === 4;
      if (!ipv4 || address.internal || address.address.startsWith('169.254.')) continue;
      const parsed = parseCidr(`${address.address}/24`);
      if (parsed.ok) subnets.add(parsed.value.text);
    }
  }
  return [...subnets];
}
