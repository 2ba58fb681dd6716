import { csvLine } from './csv-cells.js';
import type { SiteReport } from './report-rows.js';

const HEADER = [
  'label',
  'address',
  'serial',
  'hardware_revision',
  'outlet_before',
  'outlet_after',
  'web_ui_before',
  'web_ui_after',
  'deco_before',
  'deco_after',
  'method',
  'attempts',
  'duration_s',
  'outcome',
  'detail',
  'finished_at',
];

/**
 * The handover report as CSV (RFC 4180, CRLF, formula-safe cells): one header row and one row
 * per device, then a blank line and the job's site, technician and totals as name/value rows.
 */
export function reportCsv(report: SiteReport): string {
  let text = csvLine(HEADER);
  for (const row of report.rows) {
    text += csvLine([
      row.label,
      row.address,
      row.serial,
      row.hardwareRevision,
      row.outlet.before,
      row.outlet.after,
      row.web.before,
      row.web.after,
      row.deco.before,
      row.deco.after,
      row.method,
      row.attempts,
      row.durationSeconds,
      row.outcome,
      row.detail,
      row.finishedAt,
    ]);
  }
  const { totals } = report;
  text += '\r\n';
  for (const [name, value] of [
    ['site', report.site],
    ['technician', report.technician],
    ['job', report.jobId],
    ['started', report.createdAt],
    ['finished', report.finishedAt],
    ['devices', totals.devices],
    ['updated', totals.updated],
    ['already_current', totals.alreadyCurrent],
    ['failed', totals.failed],
    ['unreachable', totals.unreachable],
    ['needs_confirmation', totals.needsConfirmation],
    ['not_run', totals.notRun],
  ] as const) {
    text += csvLine([name, value]);
  }
  return text;
}
