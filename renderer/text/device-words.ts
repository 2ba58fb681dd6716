import type { DeviceView } from '../../shared/ipc/contract.js';
import type { ModuleUpdate } from '../../shared/model/device.js';
import { moduleState } from './update-availability';

/** How the app talks to this outlet; the transport also tells the hardware generation. */
export function transportWords(view: DeviceView): string {
  return view.transport === 'ws' ? 'WebSocket (revA)' : 'Raw TCP (revB)';
}

export function revisionWords(view: DeviceView): string {
  return view.info.hardwareRevision ?? (view.info.isRevB ? 'revB' : 'Not reported');
}

export interface VersionRow {
  readonly part: string;
  readonly installed: string;
  readonly available: string;
  readonly status: string;
}

function statusOf(update: ModuleUpdate | null | undefined): string {
  switch (moduleState(update)) {
    case 'update':
      return 'Update available';
    case 'current':
      return 'Up to date';
    case 'unknown':
      return 'Could not check';
  }
}

function availableOf(update: ModuleUpdate | null | undefined): string {
  return update?.available ?? 'Unknown';
}

/** The rows of the Device step's version table, saying "could not check" rather than guess. */
export function versionRows(view: DeviceView): readonly VersionRow[] {
  const { info, updates } = view;
  const rows: VersionRow[] = [
    {
      part: 'Outlet firmware',
      installed: info.outletVersion ?? updates?.outlet.current ?? 'Unknown',
      available: availableOf(updates?.outlet),
      status: statusOf(updates?.outlet),
    },
  ];
  if (updates?.web) {
    rows.push({
      part: 'Outlet web interface',
      installed: updates.web.current ?? 'Unknown',
      available: availableOf(updates.web),
      status: statusOf(updates.web),
    });
  }
  const deco = info.deco;
  rows.push(
    deco === null
      ? { part: 'Faceplate (InvisDeco)', installed: 'None attached', available: '—', status: '—' }
      : {
          part: `Faceplate (${[deco.model ?? 'InvisDeco', deco.variant].filter(Boolean).join(' ')})`,
          installed: deco.version ?? updates?.deco?.current ?? 'Unknown',
          available: availableOf(updates?.deco),
          status: deco.online ? statusOf(updates?.deco) : 'Offline',
        },
  );
  return rows;
}
