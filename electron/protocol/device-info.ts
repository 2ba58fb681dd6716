import { err, ok, type Result } from '../../shared/result.js';
import { isJsonObject, readText, type JsonObject } from './json-value.js';
import type { DecoInfo, DeviceInfo } from './models.js';

/**
 * Parses the callback 12 reply args (protocol.md §3.1) into a DeviceInfo. Tolerant of what
 * real firmware does: extra fields, `PM` absent while the faceplate is offline, radar
 * version as `fw_ver` (hardware) or `fw_rev` (docs), blank `fw_rev` (degraded, needs a
 * restart) and numbers where strings are documented. Only a missing `IM` block or a missing
 * serial is an error, because then the reply says nothing about the outlet.
 *
 * A literal `"Unknown"` device name (degraded firmware) becomes null: null already means
 * "not known", and callers then pick their own wording instead of showing "Unknown".
 */
export function parseDeviceInfo(
  args: unknown,
  envelopeSerial?: string | null,
): Result<DeviceInfo, string> {
  if (!isJsonObject(args)) return err(`device info is ${describe(args)}, not an object`);
  const im = args.IM;
  if (im === undefined) return err('device info has no IM (outlet) block');
  if (!isJsonObject(im)) return err(`device info IM block is ${describe(im)}, not an object`);
  const serial = readText(im.sn) ?? readText(envelopeSerial);
  if (serial === null) return err('device info has no serial (neither IM.sn nor the envelope sn)');
  const hardwareRevision = readText(im.hw_rev);
  return ok({
    serial,
    model: readModel(im.device),
    hardwareRevision,
    isRevB: im.hw_rev === 'revB',
    outletVersion: readText(im.fw_rev),
    mac: readText(im.MAC),
    deco: isJsonObject(args.PM) ? parseDeco(args.PM) : null,
  });
}

/** A `PM` that is present but not an object is treated like an absent one. */
function parseDeco(pm: JsonObject): DecoInfo {
  const radar = isJsonObject(pm.radar) ? pm.radar : null;
  return {
    serial: readText(pm.sn),
    online: readOnline(pm.online),
    model: readModel(pm.device),
    variant: readText(pm.type),
    version: readText(pm.fw_rev),
    hardwareRevision: readText(pm.hw_rev),
    radarVersion: radar === null ? null : (readText(radar.fw_ver) ?? readText(radar.fw_rev)),
  };
}

/**
 * `online` as boolean, 0/1 or "true"/"false". When the field is missing the block's mere
 * presence counts as online, because firmware drops the whole PM block while it is offline.
 */
function readOnline(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return !['0', 'false', ''].includes(value.trim().toLowerCase());
  return true;
}

function readModel(value: unknown): string | null {
  const text = readText(value);
  return text === null || text.toLowerCase() === 'unknown' ? null : text;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return value === undefined ? 'missing' : `a ${typeof value}`;
}
