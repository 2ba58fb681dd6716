import type { JobState } from '../../../shared/site/job-state.js';
import { preflightText, recordWords } from './site-words.js';
import { outcomeText } from './outcome-words.js';
import type { SiteOutput, Write } from './site-output.js';

function openedText(job: JobState, journal: string, resumed: boolean): string {
  const n = job.order.length;
  const head = resumed
    ? `Resuming site job ${job.jobId} for ${job.site}`
    : `Site job ${job.jobId} for ${job.site}`;
  return `${head} (technician ${job.technician}): ${n} ${n === 1 ? 'device' : 'devices'}.\nJournal: ${journal}\n`;
}

/** Plain lines for logs and pipes: one line per step and per device result. */
export function plainSiteOutput(write: Write): SiteOutput {
  return {
    opened: (job, journal, resumed) => write(openedText(job, journal, resumed)),
    preflight: (summary, job) => write(`\n${preflightText(summary, job)}\n`),
    event: (event, job) => {
      // Problems go to stderr through the command itself.
      if (event.type !== 'record') return;
      const words = recordWords(event.record, job);
      if (words) write(`${words}\n`);
    },
    note: (words) => write(`${words}\n`),
    outcome: (report, job, files) => write(outcomeText(report, job, files)),
  };
}

export { openedText };
