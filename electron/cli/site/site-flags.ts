import { parseArgs } from 'node:util';
import { DEFAULT_TIMEOUTS, type OtaTimeouts } from '../../../shared/model/ota.js';
import { MAX_CONCURRENCY } from '../../../shared/site/job-state.js';
import { UsageError } from '../exit-codes.js';
import { secondsFlag } from '../parse-flags.js';

type Spec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

export interface SiteFlags {
  readonly positionals: string[];
  readonly values: Record<string, string | boolean | string[] | undefined>;
}

/**
 * Strict parsing like parse-flags.ts, plus repeatable flags (`--subnet`,
 * `--confirm-critical`), which also accept comma-separated lists.
 */
export function parseSiteFlags(argv: readonly string[], spec: Spec): SiteFlags {
  try {
    const { positionals, values } = parseArgs({
      args: [...argv],
      options: spec,
      strict: true,
      allowPositionals: true,
    });
    return { positionals, values: values as SiteFlags['values'] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split('\n')[0] ?? message);
  }
}

export function listFlag(value: string | boolean | string[] | undefined): string[] {
  if (value === undefined || typeof value === 'boolean') return [];
  const items = Array.isArray(value) ? value : [value];
  return items
    .flatMap((item) => item.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function stringFlag(
  name: string,
  value: string | boolean | string[] | undefined,
): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '')
    throw new UsageError(`--${name} needs a value.`);
  return value.trim();
}

export function concurrencyFlag(
  value: string | boolean | string[] | undefined,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n < 1 || n > MAX_CONCURRENCY) {
    throw new UsageError(
      `--concurrency must be a whole number from 1 to ${MAX_CONCURRENCY} (got "${String(value)}").`,
    );
  }
  return n;
}

export const TIMEOUT_FLAGS: Spec = {
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
