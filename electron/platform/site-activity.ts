import type { EventMap } from '../../shared/ipc/contract.js';

/** Site devices running now, `jobId/deviceId` -> progress fraction, as events tell it. */
export type SiteRunning = Map<string, number>;

/**
 * Folds one `site:job-changed` event into the running set; true when it changed. A device runs
 * from its first progress push until its `device-finished` (or requeue); `idle` says none of
 * the job's devices runs any more.
 */
export function applySiteActivity(
  running: SiteRunning,
  { jobId, event }: EventMap['site:job-changed'],
): boolean {
  switch (event.type) {
    case 'progress':
      running.set(`${jobId}/${event.progress.deviceId}`, event.progress.fraction);
      return true;
    case 'record': {
      const { record } = event;
      if (record.type !== 'device-finished' && record.type !== 'device-requeued') return false;
      return running.delete(`${jobId}/${record.deviceId}`);
    }
    case 'idle': {
      const keys = [...running.keys()].filter((key) => key.startsWith(`${jobId}/`));
      for (const key of keys) running.delete(key);
      return keys.length > 0;
    }
    default:
      return false;
  }
}
