import type { DeviceView } from '../../shared/ipc/contract.js';
import type { ModuleUpdate } from '../../shared/model/device.js';
import type { OtaTarget } from '../../shared/model/ota.js';

/** What is known about one module: an update, current, or not known (never guessed). */
export type ModuleState = 'update' | 'current' | 'unknown';

export function moduleState(update: ModuleUpdate | null | undefined): ModuleState {
  if (!update) return 'unknown';
  if (update.hasUpdate) return 'update';
  // Without an available version nothing says "current": it is simply not known.
  return update.available === null ? 'unknown' : 'current';
}

/** The outlet counts as having an update when its firmware or its web UI has one. */
export function outletState(view: DeviceView): ModuleState {
  const firmware = moduleState(view.updates?.outlet);
  const web = view.updates?.web ? moduleState(view.updates.web) : 'current';
  if (firmware === 'update' || web === 'update') return 'update';
  return firmware;
}

export function decoState(view: DeviceView): ModuleState {
  return moduleState(view.updates?.deco);
}

export interface TargetAvailability {
  readonly selectable: boolean;
  /** One sentence under the option: what will change, or why it cannot be picked. */
  readonly detail: string;
}

const UNKNOWN =
  'The app could not check for updates, so you can still try: the device checks again itself.';

function versions(update: ModuleUpdate | null | undefined): string {
  return `${update?.current ?? 'unknown version'} → ${update?.available ?? 'new version'}`;
}

export function targetAvailability(view: DeviceView, target: OtaTarget): TargetAvailability {
  return target === 'outlet' ? outletAvailability(view) : decoAvailability(view);
}

/** Names every part of the outlet that changes: firmware, web interface, or both (revA). */
function outletUpdateDetail(view: DeviceView): string {
  const parts: string[] = [];
  if (view.updates?.outlet.hasUpdate) parts.push(`Firmware ${versions(view.updates.outlet)}`);
  if (view.updates?.web?.hasUpdate) parts.push(`web interface ${versions(view.updates.web)}`);
  const text = parts.join(' and ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function outletAvailability(view: DeviceView): TargetAvailability {
  const { updates } = view;
  switch (outletState(view)) {
    case 'update':
      return {
        selectable: true,
        detail: outletUpdateDetail(view),
      };
    case 'unknown':
      return { selectable: true, detail: UNKNOWN };
    case 'current':
      return {
        selectable: false,
        detail: `Already up to date (${view.info.outletVersion ?? updates?.outlet.current ?? 'current version'}).`,
      };
  }
}

function decoAvailability(view: DeviceView): TargetAvailability {
  const deco = view.info.deco;
  if (deco === null) {
    return { selectable: false, detail: 'No InvisDeco faceplate is attached to this outlet.' };
  }
  if (!deco.online) {
    return {
      selectable: false,
      detail: 'The faceplate is offline. Check that it is firmly seated, then refresh.',
    };
  }
  switch (decoState(view)) {
    case 'update':
      return { selectable: true, detail: `Firmware ${versions(view.updates?.deco)}.` };
    case 'unknown':
      return { selectable: true, detail: UNKNOWN };
    case 'current':
      return {
        selectable: false,
        detail: `Already up to date (${deco.version ?? view.updates?.deco?.current ?? 'current version'}).`,
      };
  }
}

/** The target to preselect: the first that can be updated, preferring one with an update. */
export function defaultTarget(view: DeviceView): OtaTarget | null {
  const targets: readonly OtaTarget[] = ['outlet', 'deco'];
  const selectable = targets.filter((target) => targetAvailability(view, target).selectable);
  const withUpdate = selectable.find((target) =>
    target === 'outlet' ? outletState(view) === 'update' : decoState(view) === 'update',
  );
  return withUpdate ?? selectable[0] ?? null;
}
