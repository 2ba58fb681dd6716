import { isIPv6 } from 'node:net';

/** Accepts "::1" or "[::1]" and returns the bare host that node:net expects. */
export function bareHost(host: string): string {
  const trimmed = host.trim();
  return trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed.slice(1, -1) : trimmed;
}

/** Host as it appears before ":port" in logs and URLs: IPv6 literals get brackets. */
export function hostForUrl(host: string): string {
  const bare = bareHost(host);
  return isIPv6(bare) ? `[${bare}]` : bare;
}

export function formatRemote(host: string, port: number): string {
  return `${hostForUrl(host)}:${port}`;
}

export function wsUrl(host: string, port: number, path: string): string {
  const normalizedPath = path.startsWith('/') ? path : `/${path}`;
  return `ws://${formatRemote(host, port)}${normalizedPath}`;
}
