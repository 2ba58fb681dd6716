import { needsOf, type DeviceCheck } from './device-check.js';

/**
 * Seconds per piece of work, for the pre-flight estimate. Intecular publishes no figures
 * (protocol.md Q10); these are deliberately on the slow side of what the engine allows, so an
 * installer plans for the job rather than for the best case:
 * - connect + read 12/20: 5 s;
 * - outlet firmware (revB): 120 s: 21, restart, download ~60–90 s, reboot, version read-back;
 * - outlet on revA: 180 s: the web-UI partition downloads first (§5.3), then the firmware;
 * - web UI only (revA, firmware already current): 75 s;
 * - Deco: 120 s: download, faceplate reboot, and verification polls 10–30 s apart (§4).
 * A device pre-flight could not check counts as a full outlet update (and no Deco).
 */
export const ESTIMATE_SECONDS = {
  check: 5,
  outletRevB: 120,
  outletRevA: 180,
  webOnly: 75,
  deco: 120,
} as const;

/** Work for one device, done one step after the other. */
export function deviceSeconds(check: DeviceCheck | null): number {
  const s = ESTIMATE_SECONDS;
  if (check === null || !check.reachable) return s.check + s.outletRevB;
  const needs = needsOf(check);
  const revB = check.transport === 'tcp';
  let total = s.check;
  if (needs.outlet !== 'no') {
    const firmware = check.updates?.outlet.hasUpdate ?? true;
    if (revB) total += s.outletRevB;
    else total += firmware ? s.outletRevA : s.webOnly;
  }
  if (needs.deco === 'yes' || needs.deco === 'unknown') total += s.deco;
  return total;
}

/**
 * The whole job: devices start in list order whenever one of `concurrency` slots frees up,
 * exactly as the runner does, so the estimate is the time the last slot finishes.
 */
export function estimateSeconds(
  checks: ReadonlyArray<DeviceCheck | null>,
  concurrency: number,
): number {
  const lanes: number[] = new Array<number>(Math.max(1, concurrency)).fill(0);
  for (const check of checks) {
    const soonest = lanes.indexOf(Math.min(...lanes));
    lanes[soonest] = (lanes[soonest] ?? 0) + deviceSeconds(check);
  }
  return Math.max(...lanes);
}

/** "about 12 min", "about 1 h 20 min", "under a minute". */
export function durationWords(seconds: number): string {
  if (seconds < 60) return 'under a minute';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `about ${minutes} min`;
  const rest = minutes % 60;
  return `about ${Math.floor(minutes / 60)} h${rest === 0 ? '' : ` ${rest} min`}`;
}
