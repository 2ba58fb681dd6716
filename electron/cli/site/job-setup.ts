import { createHash } from 'node:crypto';
import { isInterrupted } from '../../../shared/site/job-selectors.js';
import type { SiteDeviceInput } from '../../../shared/site/site-device.js';
import type { SiteProblem } from '../../../shared/site/site-events.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { SiteJob } from '../../site/site-job.js';
import type { SiteService } from '../../site/site-service.js';

export interface JobRequest {
  readonly listText: string;
  readonly listName: string;
  readonly devices: readonly SiteDeviceInput[];
  readonly site: string;
  readonly technician: string;
  readonly concurrency: number | undefined;
  readonly retryFailed: boolean;
}

export interface JobSetup {
  readonly job: SiteJob;
  readonly mode: 'new' | 'resume' | 'retry';
  readonly warnings: readonly string[];
}

/**
 * Running the same device list again continues its job: an interrupted one (crash, pause,
 * Ctrl+C) resumes; with --retry-failed the last finished one re-runs its failed devices.
 * Otherwise a new job starts. The list is recognised by the SHA-256 of its text.
 */
export async function setUpJob(
  service: SiteService,
  request: JobRequest,
): Promise<Result<JobSetup, SiteProblem | string>> {
  const digest = createHash('sha256').update(request.listText).digest('hex');
  const same = (await service.listJobs()).filter((job) => job.source?.digest === digest);
  const unfinished = same.find(isInterrupted);
  const previous = request.retryFailed ? same.find((job) => !isInterrupted(job)) : undefined;
  const reuse = unfinished ?? previous;
  if (reuse) {
    const opened = await service.openJob(reuse.jobId);
    if (!opened.ok) return opened;
    const { job, warnings } = opened.value;
    if (request.concurrency !== undefined && request.concurrency !== job.state.concurrency) {
      await job.setConcurrency(request.concurrency);
    }
    return ok({ job, mode: unfinished ? 'resume' : 'retry', warnings });
  }
  if (request.retryFailed) {
    return err('--retry-failed: no earlier finished job for this device list in the data folder.');
  }
  const created = await service.createJob({
    site: request.site,
    technician: request.technician,
    devices: request.devices,
    source: { name: request.listName, digest },
    concurrency: request.concurrency,
  });
  return created.ok ? ok({ job: created.value, mode: 'new', warnings: [] }) : created;
}
