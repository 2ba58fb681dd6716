import { validateHost, validatePort } from '../model/address.js';
import { err, ok, type Result } from '../result.js';

/**
 * Where one site device answers. Ports are null for the defaults (TCP 3333, WebSocket 80);
 * tests and unusual installs give them explicitly.
 */
export interface DeviceAddress {
  readonly host: string;
  readonly tcpPort: number | null;
  readonly wsPort: number | null;
}

export const DEFAULT_TCP_PORT = 3333;
export const DEFAULT_WS_PORT = 80;

/**
 * Reads what a person typed: `192.168.1.20`, `outlet.local`, `192.168.1.20:3333`,
 * `[fe80::1]:3333` or a bare IPv6 literal. A port given this way is the TCP port (revB).
 */
export function parseAddressInput(input: string): Result<Omit<DeviceAddress, 'wsPort'>, string> {
  const text = input.trim();
  const bracketed = /^\[([^\]]+)\]:(\d+)$/.exec(text);
  const hostPort = /^([^:[\]]+):(\d+)$/.exec(text);
  const match = bracketed ?? hostPort;
  const hostText = match ? (match[1] ?? '') : text;
  const host = validateHost(hostText);
  if (!host.ok) return err(host.error);
  if (!match) return ok({ host: host.value, tcpPort: null });
  const port = validatePort(Number(match[2]));
  return port.ok ? ok({ host: host.value, tcpPort: port.value }) : err(port.error);
}

/** Parses a port cell; empty means "the default". */
export function parsePortInput(input: string): Result<number | null, string> {
  const text = input.trim();
  if (text === '') return ok(null);
  if (!/^\d+$/.test(text)) return err(`Port "${text}" is not a whole number from 1 to 65535.`);
  const port = validatePort(Number(text));
  return port.ok ? ok(port.value) : err(port.error);
}

/** Two rows are the same device when host and both effective ports agree. */
export function addressKey(address: DeviceAddress): string {
  const tcp = address.tcpPort ?? DEFAULT_TCP_PORT;
  const ws = address.wsPort ?? DEFAULT_WS_PORT;
  return `${address.host.toLowerCase()}|${tcp}|${ws}`;
}

/** For tables and logs: the host, plus the ports only when they are not the defaults. */
export function formatAddress(address: DeviceAddress): string {
  const host = address.host.includes(':') ? `[${address.host}]` : address.host;
  const ports: string[] = [];
  if (address.tcpPort !== null && address.tcpPort !== DEFAULT_TCP_PORT)
    ports.push(`tcp ${address.tcpPort}`);
  if (address.wsPort !== null && address.wsPort !== DEFAULT_WS_PORT)
    ports.push(`ws ${address.wsPort}`);
  return ports.length === 0 ? host : `${host} (${ports.join(', ')})`;
}
