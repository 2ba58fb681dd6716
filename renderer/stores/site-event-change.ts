import { assertNever } from '../../shared/errors.js';
import type { EventMap } from '../../shared/ipc/contract.js';
import { applyRecord } from '../../shared/site/apply-record.js';
import type { JournalRecord } from '../../shared/site/journal-records.js';
import type { DeviceProgress } from '../../shared/site/site-events.js';
import { recordAnnouncement } from '../text/site-announcements';
import type { SiteState } from './site.store';

type Held = Pick<SiteState, 'job' | 'seq' | 'progress' | 'problem' | 'announcement'>;
type Progress = Readonly<Record<string, DeviceProgress>>;

/** A finished (or requeued) device has no live progress any more. */
function withoutDevice(progress: Progress, record: JournalRecord): Progress {
  if (record.type !== 'device-finished' && record.type !== 'device-requeued') return progress;
  const { [record.deviceId]: _gone, ...rest } = progress;
  return rest;
}

/**
 * What one `site:job-changed` event changes in the store (pure; null = nothing). Records go
 * through the same `applyRecord` the journal replay uses, so the table cannot disagree with
 * the file; a record the snapshot already holds (seq not newer) is skipped. Progress only
 * refreshes the live column.
 */
export function siteEventChange(
  held: Held,
  { seq, event }: EventMap['site:job-changed'],
): Partial<Held> | null {
  const { job } = held;
  if (job === null) return null;
  switch (event.type) {
    case 'record': {
      if (seq <= held.seq) return null;
      const { record } = event;
      const next = applyRecord(job, record);
      const cleared = record.type === 'job-resumed' || record.type === 'retry-requested';
      return {
        job: next,
        seq,
        progress: withoutDevice(held.progress, record),
        announcement: recordAnnouncement(next, record) ?? held.announcement,
        problem: cleared ? null : held.problem,
      };
    }
    case 'progress': {
      const { progress } = event;
      if (job.devices[progress.deviceId]?.status === 'done') return null; // a late one
      return { progress: { ...held.progress, [progress.deviceId]: progress } };
    }
    case 'problem':
      return { problem: event.problem };
    case 'idle':
      return { progress: {} };
    default:
      return assertNever(event);
  }
}
