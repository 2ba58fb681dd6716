import { err, ok, type Result } from '../../shared/result.js';
import { isJsonObject, readText, type JsonObject } from './json-value.js';
import type { AvailableUpdates, ModuleUpdate } from './models.js';

/**
 * Parses the callback 20 reply args (protocol.md §3.2). `IM` is required; `www_*` (the
 * revA web-UI partition) only yields `web` when one of its fields is present; `PM` is absent
 * without a faceplate. Whether an update exists is plain string inequality (§7: there is no
 * version ordering on these devices); values are trimmed first so stray spaces do not
 * invent an update.
 */
export function parseAvailableUpdates(args: unknown): Result<AvailableUpdates, string> {
  if (!isJsonObject(args)) return err('available updates is not an object');
  const im = args.IM;
  if (!isJsonObject(im)) return err('available updates has no IM (outlet) block');
  const hasWeb = 'www_fw_rev' in im || 'available_www_fw_rev' in im;
  return ok({
    outlet: moduleUpdate(im, 'fw_rev', 'available_fw_rev'),
    web: hasWeb ? moduleUpdate(im, 'www_fw_rev', 'available_www_fw_rev') : null,
    deco: isJsonObject(args.PM) ? moduleUpdate(args.PM, 'fw_rev', 'available_fw_rev') : null,
  });
}

function moduleUpdate(block: JsonObject, currentKey: string, availableKey: string): ModuleUpdate {
  const current = readText(block[currentKey]);
  const available = readText(block[availableKey]);
  return { current, available, hasUpdate: available !== null && available !== current };
}
