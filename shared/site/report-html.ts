import { escapeHtml as e } from './html-escape.js';
import type { ReportRow, SiteReport, VersionChange } from './report-rows.js';
import { totalsLine } from './site-totals.js';

/**
 * Self-contained: inline styles only, no scripts, no external fonts or images, so the file
 * opens anywhere and the desktop app can render it with printToPDF. A4 landscape when printed.
 */
const STYLE = `
  @page { size: A4 landscape; margin: 12mm; }
  body { font: 10pt/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111; margin: 0; }
  h1 { font-size: 16pt; margin: 0 0 4pt; }
  .meta { margin: 0 0 10pt; color: #333; }
  .meta dt { display: inline; font-weight: 600; } .meta dd { display: inline; margin: 0 12pt 0 4pt; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #999; padding: 3pt 4pt; text-align: left; vertical-align: top; }
  th { background: #eee; } tr { break-inside: avoid; }
  .updated, .already-current { color: #0a5d1e; } .failed, .needs-confirmation, .not-run { color: #8a1c1c; }
  .unreachable { color: #7a4b00; } .outcome { font-weight: 600; } .detail { font-size: 8.5pt; color: #333; }
  .totals { margin: 10pt 0 0; font-weight: 600; }
`;

function versions(change: VersionChange): string {
  if (change.before === null && change.after === null) return '';
  if (change.before === change.after || change.after === null) return e(change.before ?? '?');
  return `${e(change.before ?? '?')} → ${e(change.after)}`;
}

function row(r: ReportRow): string {
  const cells = [
    e(r.label),
    e(r.address),
    e(r.serial),
    e(r.hardwareRevision),
    versions(r.outlet),
    versions(r.web),
    versions(r.deco),
    e(r.method),
    e(r.attempts),
    e(r.durationSeconds === null ? '' : `${r.durationSeconds} s`),
    `<span class="outcome ${e(r.outcome)}">${e(r.outcomeWords)}</span>${
      r.detail ? `<div class="detail">${e(r.detail)}</div>` : ''
    }`,
    e(r.finishedAt === null ? '' : r.finishedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')),
  ];
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
}

const HEADINGS = [
  'Device',
  'Address',
  'Serial',
  'Hardware',
  'Outlet',
  'Web UI',
  'Deco',
  'Method',
  'Attempts',
  'Duration',
  'Outcome',
  'Finished',
];

/** The handover report as one printable HTML page; every value from the job is escaped. */
export function reportHtml(report: SiteReport): string {
  const title = `Firmware handover report: ${report.site}`;
  const finished = report.finishedAt ?? 'not finished';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${e(title)}</h1>
<dl class="meta">
<dt>Site</dt><dd>${e(report.site)}</dd>
<dt>Technician</dt><dd>${e(report.technician)}</dd>
<dt>Started</dt><dd>${e(report.createdAt)}</dd>
<dt>Finished</dt><dd>${e(finished)}</dd>
<dt>Job</dt><dd>${e(report.jobId)}</dd>
</dl>
<table>
<thead><tr>${HEADINGS.map((heading) => `<th scope="col">${heading}</th>`).join('')}</tr></thead>
<tbody>
${report.rows.map(row).join('\n')}
</tbody>
</table>
<p class="totals">${e(totalsLine(report.totals))}.</p>
</body>
</html>
`;
}
