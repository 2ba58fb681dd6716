import type { OtaTarget } from '../model/ota.js';
import { methodWords } from '../ota/outcome-text.js';
import { formatAddress } from './device-address.js';
import type { StepResult } from './device-plan.js';
import { RESULT_WORDS, type DeviceResult } from './device-result.js';
import type { DeviceState, JobState } from './job-state.js';
import { resultOf } from './job-selectors.js';
import { jobTotals, type SiteTotals } from './site-totals.js';

export interface VersionChange {
  readonly before: string | null;
  readonly after: string | null;
}

/** One device of the handover report. */
export interface ReportRow {
  readonly label: string;
  readonly address: string;
  readonly serial: string | null;
  readonly hardwareRevision: string | null;
  readonly outlet: VersionChange;
  readonly web: VersionChange;
  readonly deco: VersionChange;
  /** How the update was made, e.g. "outlet; faceplate via Wi-Fi, then via InvisOutlet". */
  readonly method: string;
  /** Update attempts (21 sent or re-checked), over all steps and retries. */
  readonly attempts: number;
  readonly durationSeconds: number | null;
  readonly outcome: DeviceResult;
  readonly outcomeWords: string;
  readonly detail: string | null;
  /** ISO 8601 time the device finished, null if it never ran. */
  readonly finishedAt: string | null;
}

export interface SiteReport {
  readonly site: string;
  readonly technician: string;
  readonly jobId: string;
  readonly createdAt: string;
  readonly finishedAt: string | null;
  readonly rows: readonly ReportRow[];
  readonly totals: SiteTotals;
  /** Sum of the devices' own durations (they overlap when run side by side). */
  readonly deviceSeconds: number;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function buildReport(job: JobState): SiteReport {
  const rows = job.order.flatMap((id) => (job.devices[id] ? [reportRow(job.devices[id])] : []));
  return {
    site: job.site,
    technician: job.technician,
    jobId: job.jobId,
    createdAt: iso(job.createdAt) ?? '',
    finishedAt: iso(job.finishedAt),
    rows,
    totals: jobTotals(job),
    deviceSeconds: rows.reduce((sum, row) => sum + (row.durationSeconds ?? 0), 0),
  };
}

export function reportRow(device: DeviceState): ReportRow {
  const before = device.firstCheck?.versions ?? null;
  const after = device.after;
  const outcome = resultOf(device);
  const ran = device.busyMs > 0 || device.finishedAt !== null;
  return {
    label: device.spec.label,
    address: formatAddress(device.spec.address),
    serial: device.serial,
    hardwareRevision: device.firstCheck?.hardwareRevision ?? null,
    outlet: { before: before?.outlet ?? null, after: after?.outlet ?? null },
    web: { before: before?.web ?? null, after: after?.web ?? null },
    deco: { before: before?.deco ?? null, after: after?.deco ?? null },
    method: methodSummary(device.steps),
    attempts: device.steps.reduce((sum, step) => sum + step.outcome.attempts.length, 0),
    durationSeconds: ran ? Math.round(device.busyMs / 100) / 10 : null,
    outcome,
    outcomeWords: RESULT_WORDS[outcome],
    detail: device.reason,
    finishedAt: iso(device.finishedAt),
  };
}

const PART: Record<OtaTarget, string> = { outlet: 'outlet', deco: 'faceplate' };

/** The methods of the last run of each target that sent anything. */
function methodSummary(steps: readonly StepResult[]): string {
  const parts: string[] = [];
  for (const target of ['outlet', 'deco'] as const) {
    const step = steps.filter((candidate) => candidate.target === target).at(-1);
    if (!step || step.outcome.attempts.length === 0) continue;
    if (step.recovered) {
      parts.push(`${PART[target]} (confirmed by version read after a restart of the updater)`);
      continue;
    }
    const methods = step.outcome.attempts.map((attempt) => methodWords(attempt.method));
    parts.push(
      target === 'outlet' ? 'outlet' : `faceplate ${[...new Set(methods)].join(', then ')}`,
    );
  }
  return parts.join('; ');
}
