import type { ModuleUpdate } from '../../shared/model/device.js';
import type { DeviceCheck, Need, Needs } from '../../shared/site/device-check.js';

/** "Yes", or "No" with the reason the device could not be read. */
export function reachableWords(check: DeviceCheck): string {
  if (check.reachable) return 'Yes';
  return check.problem ? `No: ${check.problem}` : 'No';
}

/** A table cell's words: the value, and a short note under it (or null). */
export interface CellWords {
  readonly main: string;
  readonly note: string | null;
}

const NONE: CellWords = { main: '—', note: null };

/**
 * Installed and available: "1.4.0 → 1.5.0", or "1.4.0" noted "up to date", or noted
 * "updates unknown" when the device could not say (never read as "current").
 */
export function versionWords(installed: string | null, update: ModuleUpdate | null): CellWords {
  const current = installed ?? update?.current ?? 'Unknown';
  if (update === null) return { main: current, note: 'updates unknown' };
  if (update.hasUpdate) return { main: `${current} → ${update.available ?? '?'}`, note: null };
  return { main: current, note: 'up to date' };
}

export function outletWords(check: DeviceCheck): CellWords {
  if (!check.reachable) return NONE;
  return versionWords(check.versions.outlet, check.updates?.outlet ?? null);
}

/** Only revA has a separate web-UI partition; revB reports none. */
export function webWords(check: DeviceCheck): CellWords {
  if (!check.reachable) return NONE;
  const web = check.updates?.web ?? null;
  if (web === null && check.versions.web === null) {
    return check.updates === null ? { main: 'Unknown', note: null } : { main: 'None', note: null };
  }
  return versionWords(check.versions.web, web);
}

/** The Deco's version and what is available, noted online or offline. */
export function decoWords(check: DeviceCheck): CellWords {
  if (!check.reachable) return NONE;
  if (check.deco === null) return { main: 'None', note: null };
  const version = versionWords(check.versions.deco, check.updates?.deco ?? null);
  const online = check.deco.online ? 'online' : 'offline';
  return { main: version.main, note: version.note ? `${online}, ${version.note}` : online };
}

function part(name: string, need: Need): string | null {
  if (need === 'yes') return name;
  if (need === 'unknown') return `${name} (if needed: could not check)`;
  return null;
}

/** What the run will install, in the order it will: the outlet first, then its Deco. */
export function willUpdateWords(check: DeviceCheck, needs: Needs): string {
  if (!check.reachable) return 'Unknown: the device could not be checked';
  const parts = [
    part('Outlet', needs.outlet),
    needs.deco === 'none' ? null : part('Deco', needs.deco),
  ].filter((words): words is string => words !== null);
  return parts.length === 0 ? 'Nothing: up to date' : parts.join(', then ');
}
