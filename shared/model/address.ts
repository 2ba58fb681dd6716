import { err, ok, type Result } from '../result.js';

/**
 * Checks what a person typed as a device address: an IPv4 address, an IPv6 literal (with or
 * without brackets) or a host name such as `outlet-kitchen.local`. Pure, so the wizard can
 * validate as the user types and main can validate again (the renderer is untrusted).
 */
export function validateHost(input: string): Result<string, string> {
  const host = input.trim();
  if (host === '') return err('Enter the outlet’s IP address or host name.');
  if (host.length > 253) return err('That address is too long.');
  if (/\s/.test(host)) return err('An address cannot contain spaces.');
  if (host.includes('://') || host.includes('/')) {
    return err('Enter only the address, without http:// or a path.');
  }
  if (/^[\d.]+$/.test(host)) {
    return isIPv4(host) ? ok(host) : err('That is not a valid IPv4 address (like 192.168.1.20).');
  }
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (bare.includes(':')) {
    return /^[0-9a-fA-F:.]+$/.test(bare) && bare.split(':').length >= 3
      ? ok(bare)
      : err('That is not a valid IPv6 address.');
  }
  const labels = host.replace(/\.$/, '').split('.');
  const validLabel = /^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;
  return labels.every((label) => validLabel.test(label))
    ? ok(host)
    : err(
        'That is not a valid host name (letters, digits and hyphens, like outlet-kitchen.local).',
      );
}

function isIPv4(text: string): boolean {
  const parts = text.split('.');
  return (
    parts.length === 4 &&
    parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255 && !/^0\d/.test(part))
  );
}

/** A TCP port typed by a person or sent over IPC. */
export function validatePort(value: number): Result<number, string> {
  return Number.isInteger(value) && value >= 1 && value <= 65535
    ? ok(value)
    : err(`Port ${value} is not a whole number from 1 to 65535.`);
}
