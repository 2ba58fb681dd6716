import { DEFAULT_TIMEOUTS, type OtaTimeouts } from '../../../shared/model/ota.js';
import { MAX_CONCURRENCY } from '../../../shared/site/job-state.js';
import { UsageError } from '../exit-codes.js';
import {
  parseFlags,
  secondsFlag,
  type FlagSpec,
  type FlagValue,
  type ParsedFlags,
} from '../parse-flags.js';

/** Site commands parse with the CLI's one strict parser; repeatable flags give lists. */
export type SiteFlags = ParsedFlags;
export const parseSiteFlags = parseFlags;

export function listFlag(value: FlagValue): string[] {
  if (value === undefined || typeof value === 'boolean') return [];
  const items = Array.isArray(value) ? value : [value];
  return items
    .flatMap((item) => item.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function stringFlag(name: string, value: FlagValue): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '')
    throw new UsageError(`--${name} needs a value.`);
  return value.trim();
}

export function concurrencyFlag(value: FlagValue): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n < 1 || n > MAX_CONCURRENCY) {
    throw new UsageError(
      `--concurrency must be a whole number from 1 to ${MAX_CONCURRENCY} (got "${String(value)}").`,
    );
  }
  return n;
}

export const TIMEOUT_FLAGS: FlagSpec = {
  'stall-timeout': { type: 'string' },
  'reboot-timeout': { type: 'string' },
  'verify-timeout': { type: 'string' },
  'poll-interval': { type: 'string' },
};

/** The engine timeouts, as `update` takes them (seconds, decimals allowed). */
export function timeoutFlags(values: SiteFlags['values']): OtaTimeouts {
  const seconds = (name: string, fallback: number) =>
    secondsFlag(name, single(values, name), fallback);
  return {
    stallMs: seconds('stall-timeout', DEFAULT_TIMEOUTS.stallMs),
    rebootMs: seconds('reboot-timeout', DEFAULT_TIMEOUTS.rebootMs),
    verifyMs: seconds('verify-timeout', DEFAULT_TIMEOUTS.verifyMs),
    pollMs: seconds('poll-interval', DEFAULT_TIMEOUTS.pollMs),
  };
}

/** A flag that may be given once, in the shape parse-flags.ts helpers take. */
export function single(values: SiteFlags['values'], name: string): string | boolean | undefined {
  const value = values[name];
  if (Array.isArray(value)) throw new UsageError(`--${name} may be given once.`);
  return value;
}
