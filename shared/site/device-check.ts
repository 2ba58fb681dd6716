import type { AvailableUpdates, DeviceInfo, ModuleUpdate } from '../model/device.js';
import type { TransportKind } from '../model/device.js';
import type { OtaTarget } from '../model/ota.js';

/** Versions of the three things a device runs; null = unknown or absent. */
export interface VersionSet {
  readonly outlet: string | null;
  readonly web: string | null;
  readonly deco: string | null;
}

/**
 * The version the update's target runs now when it differs from the one before (the update
 * took effect), else null: an unknown version now (absent, restarting) proves nothing.
 */
export function movedVersion(
  target: OtaTarget,
  from: VersionSet,
  now: { readonly outlet: string | null; readonly deco: string | null },
): string | null {
  const [before, after] = target === 'outlet' ? [from.outlet, now.outlet] : [from.deco, now.deco];
  return after !== null && after !== before ? after : null;
}

export interface DecoCheck {
  readonly serial: string | null;
  readonly online: boolean;
  readonly version: string | null;
}

/**
 * What pre-flight (and each run's first read) learnt about one device: callback 12 for who it
 * is and what it runs, callback 20 for what it could run. `updates` is null when 20 could not
 * be read (the device asks the cloud itself, protocol.md Q16): "unknown", never "current".
 */
export interface DeviceCheck {
  readonly at: number;
  readonly reachable: boolean;
  /** Why it could not be checked (words), when not reachable or not an outlet. */
  readonly problem: string | null;
  /** True when something answered but it is not an outlet (that is a failure, not absence). */
  readonly notAnOutlet: boolean;
  readonly serial: string | null;
  readonly hardwareRevision: string | null;
  readonly transport: TransportKind | null;
  readonly versions: VersionSet;
  /** Null when no faceplate is attached (or it is restarting: the PM block is absent). */
  readonly deco: DecoCheck | null;
  readonly updates: AvailableUpdates | null;
}

export type Need = 'yes' | 'no' | 'unknown';

/** What needs doing, per part: `none` for a Deco that is not there. */
export interface Needs {
  readonly outlet: Need;
  readonly deco: Need | 'none';
}

function need(update: ModuleUpdate | null | undefined): Need {
  if (!update) return 'unknown';
  return update.hasUpdate ? 'yes' : 'no';
}

export function needsOf(check: DeviceCheck): Needs {
  if (!check.reachable) return { outlet: 'unknown', deco: 'unknown' };
  const updates = check.updates;
  const outletNeed = need(updates?.outlet);
  const webNeed = updates?.web ? need(updates.web) : 'no';
  const outlet: Need =
    outletNeed === 'yes' || webNeed === 'yes' ? 'yes' : outletNeed === 'unknown' ? 'unknown' : 'no';
  if (check.deco === null) return { outlet, deco: 'none' };
  return { outlet, deco: updates ? need(updates.deco) : 'unknown' };
}

/** True unless the check proves that nothing is to be installed. */
export function mayNeedUpdate(check: DeviceCheck): boolean {
  const needs = needsOf(check);
  return needs.outlet !== 'no' || (needs.deco !== 'no' && needs.deco !== 'none');
}

export function unreachableCheck(at: number, problem: string, notAnOutlet: boolean): DeviceCheck {
  return {
    at,
    reachable: false,
    problem,
    notAnOutlet,
    serial: null,
    hardwareRevision: null,
    transport: null,
    versions: { outlet: null, web: null, deco: null },
    deco: null,
    updates: null,
  };
}

export function reachableCheck(
  at: number,
  info: DeviceInfo,
  transport: TransportKind,
  updates: AvailableUpdates | null,
): DeviceCheck {
  const deco = info.deco
    ? { serial: info.deco.serial, online: info.deco.online, version: info.deco.version }
    : null;
  return {
    at,
    reachable: true,
    problem: null,
    notAnOutlet: false,
    serial: info.serial,
    hardwareRevision: info.hardwareRevision,
    transport,
    versions: {
      outlet: info.outletVersion,
      web: updates?.web?.current ?? null,
      deco: deco?.version ?? null,
    },
    deco,
    updates,
  };
}
