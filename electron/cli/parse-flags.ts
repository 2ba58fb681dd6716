import { parseArgs } from 'node:util';
import { UsageError } from './exit-codes.js';

export type FlagSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

/** A repeatable flag (`multiple`) gives a list. */
export type FlagValue = string | boolean | string[] | undefined;

export interface ParsedFlags {
  readonly positionals: string[];
  readonly values: Record<string, FlagValue>;
}

/** Strict flag parsing (repeatable flags allowed): an unknown flag or a missing value is a UsageError, not a stack trace. */
export function parseFlags(argv: readonly string[], spec: FlagSpec): ParsedFlags {
  try {
    const { positionals, values } = parseArgs({
      args: [...argv],
      options: spec,
      strict: true,
      allowPositionals: true,
    });
    return { positionals, values: values as ParsedFlags['values'] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split('\n')[0] ?? message);
  }
}

export function oneOf<T extends string>(
  name: string,
  value: FlagValue,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${String(value)}").`);
}

export function portFlag(name: string, value: FlagValue): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || port < 1 || port > 65535) {
    throw new UsageError(
      `--${name} must be a port number from 1 to 65535 (got "${String(value)}").`,
    );
  }
  return port;
}

/** A duration in seconds (decimals allowed, for fast tests); returned in milliseconds. */
export function secondsFlag(name: string, value: FlagValue, fallbackMs: number): number {
  if (value === undefined) return fallbackMs;
  const seconds = Number(value);
  if (typeof value !== 'string' || !Number.isFinite(seconds) || seconds <= 0 || seconds > 86_400) {
    throw new UsageError(`--${name} must be a number of seconds above 0 (got "${String(value)}").`);
  }
  return Math.round(seconds * 1000);
}
