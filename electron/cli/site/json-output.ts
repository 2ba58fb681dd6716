import { formatAddress } from '../../../shared/site/device-address.js';
import type { DeviceState, JobState } from '../../../shared/site/job-state.js';
import type { JournalRecord } from '../../../shared/site/journal-records.js';
import type { ReportRow } from '../../../shared/site/report-rows.js';
import type { SiteOutput, Write } from './site-output.js';

function who(device: DeviceState | undefined): Record<string, unknown> {
  if (!device) return {};
  return {
    label: device.spec.label,
    address: formatAddress(device.spec.address),
    serial: device.serial,
  };
}

/** A journal record as one compact JSON line for scripts: device events and job changes. */
export function recordLine(record: JournalRecord, job: JobState): Record<string, unknown> | null {
  const at = new Date(record.at).toISOString();
  switch (record.type) {
    case 'device-started':
    case 'device-requeued':
    case 'critical-confirmed':
    case 'label-changed':
      return { type: 'device', event: record.type, ...who(job.devices[record.deviceId]), at };
    case 'step-started':
      return {
        type: 'device',
        event: record.type,
        ...who(job.devices[record.deviceId]),
        target: record.target,
        at,
      };
    case 'step-finished': {
      const { outcome } = record;
      return {
        type: 'device',
        event: record.type,
        ...who(job.devices[record.deviceId]),
        target: record.target,
        outcome: outcome.outcome,
        method: outcome.method,
        fromVersion: outcome.fromVersion,
        toVersion: outcome.toVersion,
        reason: outcome.reason,
        recovered: record.recovered,
        at,
      };
    }
    case 'device-finished':
      return {
        type: 'device',
        event: record.type,
        ...who(job.devices[record.deviceId]),
        result: record.result,
        reason: record.reason,
        at,
      };
    case 'job-started':
    case 'job-paused':
    case 'job-resumed':
    case 'job-cancelled':
    case 'job-finished':
    case 'retry-requested':
      return {
        type: 'job-state',
        event: record.type,
        control: job.control,
        pauseReason: job.pauseReason,
        at,
      };
    default:
      return null;
  }
}

export function rowLine(row: ReportRow): Record<string, unknown> {
  return {
    label: row.label,
    address: row.address,
    serial: row.serial,
    hardwareRevision: row.hardwareRevision,
    outcome: row.outcome,
    reason: row.detail,
    outlet: row.outlet,
    web: row.web,
    deco: row.deco,
    method: row.method,
    attempts: row.attempts,
    durationSeconds: row.durationSeconds,
  };
}

/** One JSON object per line; the last line is always `{"type":"site-outcome",...}`. */
export function jsonSiteOutput(write: Write): SiteOutput {
  const line = (value: Record<string, unknown>) => write(`${JSON.stringify(value)}\n`);
  return {
    opened: (job, journal, resumed) =>
      line({
        type: 'job',
        jobId: job.jobId,
        site: job.site,
        technician: job.technician,
        resumed,
        journal,
        devices: job.order.length,
      }),
    preflight: (summary, job) =>
      line({
        type: 'preflight',
        reachable: summary.reachable,
        toUpdate: summary.toUpdate,
        estimateSeconds: summary.estimateSeconds,
        power: summary.power,
        devices: summary.rows.map((row) => ({
          ...who(job.devices[row.deviceId]),
          ...row.check,
          needs: row.needs,
        })),
      }),
    event: (event, job) => {
      if (event.type === 'record') {
        const value = recordLine(event.record, job);
        if (value) line(value);
      } else if (event.type === 'progress') {
        const { progress } = event;
        line({
          type: 'progress',
          ...who(job.devices[progress.deviceId]),
          target: progress.target,
          progress: Math.round(progress.fraction * 1000) / 1000,
          status: progress.status,
        });
      } else if (event.type === 'problem') line({ type: 'problem', ...event.problem });
    },
    note: (words) => line({ type: 'note', message: words }),
    outcome: (report, job, files) =>
      line({
        type: 'site-outcome',
        jobId: report.jobId,
        site: report.site,
        technician: report.technician,
        control: job.control,
        pauseReason: job.pauseReason,
        devices: report.rows.map(rowLine),
        totals: report.totals,
        reports: files,
      }),
  };
}
