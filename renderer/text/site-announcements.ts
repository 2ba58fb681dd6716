import type { JobState } from '../../shared/site/job-state.js';
import type { JournalRecord, PauseReason } from '../../shared/site/journal-records.js';
import { jobTotals, totalsLine } from '../../shared/site/site-totals.js';
import { STATUS_WORDS } from './site-status-words';

export const PAUSE_WORDS: Record<PauseReason, string> = {
  user: 'The job is paused. Devices that were updating finish their update; Resume to go on.',
  failures:
    'The job paused itself after 3 devices in a row failed. Something may be wrong on site — check the Wi-Fi, then Resume.',
  disk: 'The job paused because a file could not be written. Free some disk space, then Resume.',
};

export function doneCount(job: JobState): number {
  return job.order.filter((id) => job.devices[id]?.status === 'done').length;
}

/**
 * One sentence for the polite live region, for the records a person wants to hear about: a
 * device finished, the job paused, resumed or finished. Everything else (steps, checks,
 * progress) stays silent, so a busy job does not flood a screen reader.
 */
export function recordAnnouncement(job: JobState, record: JournalRecord): string | null {
  switch (record.type) {
    case 'job-started':
      return 'The job has started.';
    case 'device-finished': {
      const device = job.devices[record.deviceId];
      if (!device) return null;
      const done = `${doneCount(job)} of ${job.order.length} devices done.`;
      return `${device.spec.label}: ${STATUS_WORDS[record.result]}. ${done}`;
    }
    case 'job-paused':
      return PAUSE_WORDS[record.reason];
    case 'job-resumed':
      return 'The job is running again.';
    case 'retry-requested':
      return `Retrying ${record.deviceIds.length} ${record.deviceIds.length === 1 ? 'device' : 'devices'}.`;
    case 'job-cancelled':
      return 'Cancelling: devices that are updating finish first; no other device starts.';
    case 'job-finished':
      return `The job is finished. ${totalsLine(jobTotals(job))}.`;
    default:
      return null;
  }
}
