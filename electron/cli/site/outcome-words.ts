import type { JobState } from '../../../shared/site/job-state.js';
import type { ReportRow, SiteReport, VersionChange } from '../../../shared/site/report-rows.js';
import { totalsLine } from '../../../shared/site/site-totals.js';
import { pauseWords } from './site-words.js';
import { textTable } from './text-table.js';

function change(versions: VersionChange): string {
  if (versions.before === null && versions.after === null) return '';
  if (versions.before === versions.after || versions.after === null) return versions.before ?? '?';
  return `${versions.before ?? '?'} → ${versions.after}`;
}

function resultRow(row: ReportRow): string[] {
  return [
    row.label,
    row.outcomeWords,
    change(row.outlet),
    change(row.web),
    change(row.deco),
    row.detail ?? '',
  ];
}

/** The closing summary: every device's result, the totals, and where the reports went. */
export function outcomeText(
  report: SiteReport,
  job: JobState,
  files: Readonly<Record<string, string>>,
): string {
  const rows = [
    ['Device', 'Result', 'Outlet', 'Web UI', 'Deco', 'Detail'],
    ...report.rows.map(resultRow),
  ];
  let text = `\n${textTable(rows, 60)}\n\n${totalsLine(report.totals)}.\n`;
  if (job.control === 'paused') text += `${pauseWords(job.pauseReason, job)}\n`;
  for (const [kind, path] of Object.entries(files)) text += `Report (${kind}): ${path}\n`;
  return text;
}
