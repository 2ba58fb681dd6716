import { needsOf, type DeviceCheck, type Needs } from '../../shared/site/device-check.js';
import { estimateSeconds } from '../../shared/site/estimate.js';
import { runBounded } from '../discovery/run-bounded.js';
import { checkDevice, type ReachOptions } from './device-reads.js';
import type { PowerSource, PowerState } from './power-source.js';
import type { SiteJob } from './site-job.js';

export interface PreflightRow {
  readonly deviceId: string;
  readonly check: DeviceCheck;
  readonly needs: Needs;
}

/** The one-screen overview before a job runs. */
export interface PreflightSummary {
  readonly rows: readonly PreflightRow[];
  readonly reachable: number;
  /** Devices with something to install (or that could not say). */
  readonly toUpdate: number;
  /** Whole job, at the job's concurrency; figures in shared/site/estimate.ts. */
  readonly estimateSeconds: number;
  /** Warn on battery: a laptop that sleeps or dies mid-job interrupts updates. */
  readonly power: PowerState;
}

/** How many devices pre-flight reads at once: reads are cheap, unlike updates. */
const PREFLIGHT_CONCURRENCY = 10;

/**
 * Reads every device of the job (12 and 20; nothing is sent that changes a device), records
 * each check in the journal, and sums up what the run will do and roughly how long it takes.
 */
export async function preflight(
  job: SiteJob,
  reach: ReachOptions,
  power: PowerSource,
): Promise<PreflightSummary> {
  const ids = job.state.order;
  const [rows, powerState] = await Promise.all([
    runBounded(ids, PREFLIGHT_CONCURRENCY, async (deviceId) => {
      const spec = job.state.devices[deviceId]?.spec;
      if (!spec) throw new Error(`no device ${deviceId}`);
      const check = await checkDevice(spec.address, reach);
      await job.recordCheck(deviceId, check);
      return { deviceId, check, needs: needsOf(check) };
    }),
    power.read(),
  ]);
  return {
    rows,
    reachable: rows.filter((row) => row.check.reachable).length,
    toUpdate: rows.filter(
      (row) =>
        row.needs.outlet !== 'no' || row.needs.deco === 'yes' || row.needs.deco === 'unknown',
    ).length,
    estimateSeconds: estimateSeconds(
      rows.map((row) => row.check),
      job.state.concurrency,
    ),
    power: powerState,
  };
}
