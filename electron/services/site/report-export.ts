import { appError, type AppError } from '../../../shared/errors.js';
import type { SiteExportArgs } from '../../../shared/ipc/site-contract.js';
import type { JobState } from '../../../shared/site/job-state.js';
import { reportCsv } from '../../../shared/site/report-csv.js';
import { reportHtml } from '../../../shared/site/report-html.js';
import { buildReport } from '../../../shared/site/report-rows.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { saveReport } from '../../site/report-file.js';
import { problemError } from './site-views.js';

export type ReportFormat = SiteExportArgs['format'];

/** What exporting needs from the Electron edge (a save dialog, Chromium's PDF printer). */
export interface SiteFiles {
  /** Asks where to save; null when the person cancelled the dialog. */
  chooseSavePath(defaultName: string, format: ReportFormat): Promise<string | null>;
  /** Renders a self-contained HTML page to PDF bytes. */
  renderPdf(html: string): Promise<Uint8Array>;
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * `<site>-report-<local date>.<ext>`, e.g. `hotel-astoria-report-2026-03-15.csv`. Letters of
 * any script are kept; characters some file systems refuse (/ \ : * ? " < > |) are not.
 */
export function reportFileName(site: string, at: number, format: ReportFormat): string {
  const slug =
    site
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase()
      .slice(0, 60) || 'site';
  const day = new Date(at);
  const date = `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  return `${slug}-report-${date}.${format}`;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The handover report of a job, written where the person chooses: CSV straight from the
 * shared report, PDF by printing the shared HTML report. Null when the dialog was cancelled;
 * a disk or rendering problem is an error value with words, never a throw.
 */
export async function exportReport(
  job: JobState,
  format: ReportFormat,
  files: SiteFiles,
  now: number,
): Promise<Result<{ readonly path: string } | null, AppError>> {
  const report = buildReport(job);
  let path: string | null;
  try {
    path = await files.chooseSavePath(reportFileName(job.site, now, format), format);
  } catch (error) {
    return err(appError('internal', `The save dialog failed: ${message(error)}`));
  }
  if (path === null) return ok(null);
  if (format === 'csv') {
    const saved = await saveReport(path, reportCsv(report));
    return saved.ok ? ok({ path }) : err(problemError(saved.error));
  }
  let bytes: Uint8Array;
  try {
    bytes = await files.renderPdf(reportHtml(report));
  } catch (error) {
    return err(appError('internal', `The PDF could not be made: ${message(error)}`));
  }
  const saved = await saveReport(path, bytes);
  return saved.ok ? ok({ path }) : err(problemError(saved.error));
}
