import { assertNever } from '../../shared/errors.js';
import type { JobState } from '../../shared/site/job-state.js';
import { RUN_FILTERS, matchesFilter, rowStatus, type RunFilter } from './site-status-words';

/** The Run screen's heading: what the job is doing, then which site. */
export function runHeading(job: JobState): string {
  switch (job.control) {
    case 'idle':
      return `Ready to start: ${job.site}`;
    case 'running':
      return `Updating: ${job.site}`;
    case 'paused':
      return `Paused: ${job.site}`;
    case 'cancelling':
      return `Cancelling: ${job.site}`;
    case 'finished':
      return `Finished: ${job.site}`;
    default:
      return assertNever(job.control);
  }
}

/** How many rows each filter shows. */
export function filterCounts(job: JobState): Record<RunFilter, number> {
  const statuses = job.order.flatMap((id) => (job.devices[id] ? [rowStatus(job.devices[id])] : []));
  const counts = {} as Record<RunFilter, number>;
  for (const filter of RUN_FILTERS) {
    counts[filter] = statuses.filter((status) => matchesFilter(status, filter)).length;
  }
  return counts;
}

/** "3 of 5 devices done · 2 running · 0 waiting". */
export function runSummary(job: JobState): string {
  const count = (status: string) =>
    job.order.filter((id) => job.devices[id]?.status === status).length;
  return `${count('done')} of ${job.order.length} devices done · ${count('running')} running · ${count('queued')} waiting`;
}
