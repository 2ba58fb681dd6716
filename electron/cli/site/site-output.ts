import type { JobState } from '../../../shared/site/job-state.js';
import type { SiteReport } from '../../../shared/site/report-rows.js';
import type { SiteEvent } from '../../../shared/site/site-events.js';
import type { PreflightSummary } from '../../site/preflight.js';

/** Where `site run` reports: JSON lines, a live table on a TTY, or plain lines. */
export interface SiteOutput {
  opened(job: JobState, journal: string, resumed: boolean): void;
  preflight(summary: PreflightSummary, job: JobState): void;
  event(event: SiteEvent, job: JobState): void;
  /** A sentence for people; JSON output turns it into a `note` line. */
  note(words: string): void;
  outcome(report: SiteReport, job: JobState, files: Readonly<Record<string, string>>): void;
}

export type Write = (text: string) => void;
