import type { DeviceResult } from './device-result.js';
import type { DeviceState, JobState } from './job-state.js';

/**
 * The next device to start, or null. Devices that were running when the app died come first
 * (they are re-checked before anything else happens to them), then the queue in list order.
 * `busy` holds the devices this process is already working on.
 */
export function nextToStart(job: JobState, busy: ReadonlySet<string>): string | null {
  if (job.control !== 'running') return null;
  if (busy.size >= job.concurrency) return null;
  const free = job.order.filter((id) => !busy.has(id));
  const interrupted = free.find((id) => job.devices[id]?.status === 'running');
  return interrupted ?? free.find((id) => job.devices[id]?.status === 'queued') ?? null;
}

/** Devices that were under way when the journal stops: they need a re-check, not a restart. */
export function interruptedDevices(job: JobState): string[] {
  return job.order.filter((id) => job.devices[id]?.status === 'running');
}

/** Nothing left that could start: every device is done (or only busy ones remain). */
export function nothingLeftToStart(job: JobState, busy: ReadonlySet<string>): boolean {
  return job.order.every((id) => busy.has(id) || job.devices[id]?.status === 'done');
}

/**
 * What the job should record once no device is busy: `job-finished` when all devices are
 * done or the job was cancelled; nothing while paused (resume may still follow).
 */
export function shouldFinish(job: JobState, busy: ReadonlySet<string>): boolean {
  if (busy.size > 0) return false;
  if (job.control === 'cancelling') return true;
  return job.control === 'running' && nothingLeftToStart(job, busy);
}

/** "Retry failed only": devices that ended failed or unreachable, and critical devices
 * that waited for a confirmation they now have. */
export function retryableDevices(job: JobState): string[] {
  return job.order.filter((id) => {
    const device = job.devices[id];
    if (!device || device.status !== 'done') return false;
    if (device.result === 'failed' || device.result === 'unreachable') return true;
    return device.result === 'needs-confirmation' && device.confirmed;
  });
}

/** A result for every device; a device still queued or interrupted counts as not run. */
export function resultOf(device: DeviceState): DeviceResult {
  return device.result ?? 'not-run';
}

/** Whether the job is over for good (finished) or can still be resumed. */
export function isInterrupted(job: JobState): boolean {
  return job.control !== 'finished';
}
