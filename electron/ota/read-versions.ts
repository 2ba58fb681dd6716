import type { VersionRead } from '../../shared/ota/types.js';
import { readAvailableUpdates, readDeviceInfo } from '../outlet/device-reads.js';
import type { OutletSession } from '../outlet/outlet-session.js';

/**
 * One verification read: 12 for the outlet and Deco versions, plus 20 when only the web UI
 * was updated (12 does not report the web-UI version). Null when the device did not answer.
 */
export async function readVersions(
  session: OutletSession,
  includeWeb: boolean,
): Promise<VersionRead | null> {
  const info = await readDeviceInfo(session);
  if (!info.ok) return null;
  const web = includeWeb ? await readAvailableUpdates(session) : null;
  const { outletVersion, deco } = info.value;
  return {
    outletVersion,
    webVersion: web?.ok ? (web.value.web?.current ?? null) : null,
    deco: deco ? { online: deco.online, version: deco.version } : null,
  };
}
