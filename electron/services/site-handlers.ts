import { appError, type AppError } from '../../shared/errors.js';
import type { NewSiteJobArgs, SiteInvokeMap } from '../../shared/ipc/site-contract.js';
import { validateHost } from '../../shared/model/address.js';
import type { OtaTimeouts } from '../../shared/model/ota.js';
import type { SiteProblem } from '../../shared/site/site-events.js';
import { err, ok, type Result } from '../../shared/result.js';
import { DiscoveryService } from '../discovery/discovery-service.js';
import type { Connector } from '../outlet/connectors.js';
import type { PowerSource } from '../site/power-source.js';
import type { SiteJob } from '../site/site-job.js';
import { SiteService } from '../site/site-service.js';
import type { Clock } from '../support/clock.js';
import type { Logger } from '../support/logger.js';
import type { OtaService } from '../ota/ota-service.js';
import { OpenJobs, type SiteEmit } from './site/open-jobs.js';
import { exportReport, type SiteFiles } from './site/report-export.js';
import { createSiteScan } from './site/site-scan.js';
import { jobView, preflightView, problemError } from './site/site-views.js';

export type { SiteFiles } from './site/report-export.js';

export type SiteHandlers = {
  readonly [C in keyof SiteInvokeMap]: (arg: SiteInvokeMap[C][0]) => Promise<SiteInvokeMap[C][1]>;
};

export interface SiteHandlersDeps {
  /** The data folder; journals go to `<dataDir>/site-jobs/`. */
  readonly dataDir: string;
  readonly clock: Clock;
  readonly log: Logger;
  readonly emit: SiteEmit;
  readonly files: SiteFiles;
  readonly timeouts?: OtaTimeouts;
  readonly connector?: Connector;
  /** Electron's powerMonitor in the app; the engine's own guess otherwise. */
  readonly power?: PowerSource;
  /** Browse mDNS during a scan (the app); tests leave it off. */
  readonly mdns?: boolean;
  /** Shared with single-device updates: one update per outlet across the whole app. */
  readonly ota?: OtaService;
}

export interface SiteHandlersHandle {
  readonly handlers: SiteHandlers;
  /** Devices being updated right now, over all open jobs. */
  activeUpdates(): number;
  dispose(): Promise<void>;
}

type JobControl = (job: SiteJob) => Promise<Result<void, SiteProblem>>;

/**
 * The main-side half of site mode: every `site:*` channel on top of SiteService (journaled
 * jobs) and DiscoveryService (scan). Open jobs stay in a map by jobId and stream their events
 * as `site:job-changed`. Expected failures, disk ones included, come back as AppError values.
 */
export function createSiteHandlers(deps: SiteHandlersDeps): SiteHandlersHandle {
  const { clock, log } = deps;
  const service = new SiteService({
    dataDir: deps.dataDir,
    log,
    clock,
    timeouts: deps.timeouts,
    connector: deps.connector,
    power: deps.power,
    ota: deps.ota,
  });
  const jobs = new OpenJobs(deps.emit);
  const scan = createSiteScan({
    discovery: new DiscoveryService({ log, now: () => clock.now() }),
    emit: deps.emit,
    mdns: deps.mdns ?? false,
  });
  const checking = new Set<string>();
  // Two quick opens of one job must share one SiteJob: two would append to one journal.
  const opening = new Map<string, Promise<SiteInvokeMap['site:open-job'][1]>>();

  async function openJob(jobId: string): Promise<SiteInvokeMap['site:open-job'][1]> {
    const known = jobs.get(jobId);
    if (known.ok) return ok(jobView(known.value));
    const opened = await service.openJob(jobId);
    if (!opened.ok) return err(problemError(opened.error));
    const { job, warnings } = opened.value;
    return ok(jobView(jobs.add(job, warnings)));
  }

  const control =
    (run: JobControl) =>
    async ({ jobId }: { readonly jobId: string }) => {
      const open = jobs.get(jobId);
      if (!open.ok) return open;
      const done = await run(open.value.job);
      return done.ok ? ok(open.value.job.state) : err(problemError(done.error));
    };

  async function createJob(args: NewSiteJobArgs) {
    for (const device of args.devices) {
      const host = validateHost(device.address.host);
      if (!host.ok) return err(appError('invalid-address', `${device.label}: ${host.error}`));
    }
    const created = await service.createJob(args);
    if (!created.ok) return err(problemError(created.error));
    return ok(jobView(jobs.add(created.value, [])));
  }

  const handlers: SiteHandlers = {
    'site:list-jobs': async () => {
      try {
        return ok(await service.listJobs());
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return err(
          appError('disk', `Could not read the site jobs in ${service.store.jobsDir}: ${detail}`),
        );
      }
    },
    'site:create-job': createJob,
    'site:open-job': ({ jobId }) => {
      const pending = opening.get(jobId) ?? openJob(jobId);
      opening.set(jobId, pending);
      return pending.finally(() => opening.delete(jobId));
    },
    'site:get-job': async ({ jobId }) => {
      const open = jobs.get(jobId);
      return open.ok ? ok(jobView(open.value)) : open;
    },
    'site:preflight': async ({ jobId }) => {
      const open = jobs.get(jobId);
      if (!open.ok) return open;
      const { control: now } = open.value.job.state;
      if (now === 'running' || now === 'cancelling' || checking.has(jobId)) {
        return err(appError('busy', 'The job is busy; pause it before checking again.', true));
      }
      checking.add(jobId);
      try {
        return ok(preflightView(await service.preflight(open.value.job)));
      } finally {
        checking.delete(jobId);
      }
    },
    'site:start': control((job) => job.start()),
    'site:pause': control((job) => job.pause()),
    'site:resume': control((job) => job.resume()),
    'site:cancel': control((job) => job.cancel()),
    'site:retry-failed': control((job) => job.retryFailed()),
    'site:confirm-critical': ({ jobId, deviceId }) =>
      control((job) => job.confirmCritical(deviceId))({ jobId }),
    'site:set-concurrency': ({ jobId, concurrency }) =>
      control((job) => job.setConcurrency(concurrency))({ jobId }),
    'site:rename-device': ({ jobId, deviceId, label }) =>
      control((job) => job.renameDevice(deviceId, label))({ jobId }),
    'site:change-details': ({ jobId, site, technician }) =>
      control((job) => job.changeDetails(site, technician))({ jobId }),
    'site:scan': (args) => scan.scan(args),
    'site:export-report': async ({ jobId, format }) => {
      const state = await jobState(jobId);
      if (!state.ok) return state;
      return exportReport(state.value, format, deps.files, clock.now());
    },
  };

  /** An open job's live state, else the journaled one (a report of a job not reopened). */
  async function jobState(jobId: string) {
    const open = jobs.get(jobId);
    if (open.ok) return ok(open.value.job.state);
    const listed = await handlers['site:list-jobs']();
    if (!listed.ok) return listed;
    const found = listed.value.find((job) => job.jobId === jobId);
    return found ? ok(found) : err<AppError>(appError('bad-argument', `No site job ${jobId}.`));
  }

  return {
    handlers,
    activeUpdates: () => jobs.busyDevices(),
    async dispose() {
      await scan.dispose();
      await jobs.closeAll();
    },
  };
}
