import type { DeviceResult } from './device-result.js';
import type { JobState } from './job-state.js';
import { resultOf } from './job-selectors.js';

export interface SiteTotals {
  readonly devices: number;
  readonly updated: number;
  readonly alreadyCurrent: number;
  readonly failed: number;
  readonly unreachable: number;
  readonly needsConfirmation: number;
  readonly notRun: number;
}

const KEY: Record<DeviceResult, Exclude<keyof SiteTotals, 'devices'>> = {
  updated: 'updated',
  'already-current': 'alreadyCurrent',
  failed: 'failed',
  unreachable: 'unreachable',
  'needs-confirmation': 'needsConfirmation',
  'not-run': 'notRun',
};

export function totalsOf(results: readonly DeviceResult[]): SiteTotals {
  const totals = {
    devices: results.length,
    updated: 0,
    alreadyCurrent: 0,
    failed: 0,
    unreachable: 0,
    needsConfirmation: 0,
    notRun: 0,
  };
  for (const result of results) totals[KEY[result]] += 1;
  return totals;
}

export function jobTotals(job: JobState): SiteTotals {
  return totalsOf(job.order.flatMap((id) => (job.devices[id] ? [resultOf(job.devices[id])] : [])));
}

/**
 * The same rule as a single `update`: ok only if every device ended updated or already
 * current; failed if any failed, waits for a confirmation or never ran; unreachable if
 * nothing failed but some device could not be reached.
 */
export function siteVerdict(totals: SiteTotals): 'ok' | 'failed' | 'unreachable' {
  if (totals.failed + totals.needsConfirmation + totals.notRun > 0) return 'failed';
  if (totals.unreachable > 0) return 'unreachable';
  return 'ok';
}

/** "20 updated", "2 failed", … for every outcome that happened, in report order. */
export function outcomeCounts(totals: SiteTotals): string[] {
  const parts = [
    [totals.updated, 'updated'],
    [totals.alreadyCurrent, 'already up to date'],
    [totals.failed, 'failed'],
    [totals.unreachable, 'unreachable'],
    [totals.needsConfirmation, 'need confirmation'],
    [totals.notRun, 'not run'],
  ] as const;
  return parts.filter(([count]) => count > 0).map(([count, word]) => `${count} ${word}`);
}

/** "30 devices: 20 updated, 6 already up to date, 2 failed, 1 unreachable, 1 needs confirmation". */
export function totalsLine(totals: SiteTotals): string {
  const words = outcomeCounts(totals);
  const noun = totals.devices === 1 ? 'device' : 'devices';
  return `${totals.devices} ${noun}: ${words.join(', ') || 'nothing to report'}`;
}
