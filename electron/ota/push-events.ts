import type { OtaEvent } from '../../shared/ota/types.js';
import { Callback } from '../protocol/callbacks.js';
import type { Push } from '../outlet/outlet-session.js';

function pair(args: unknown): [number, number] | null {
  if (!Array.isArray(args) || args.length < 2) return null;
  const [first, second] = args as unknown[];
  return typeof first === 'number' && typeof second === 'number' ? [first, second] : null;
}

/**
 * Turns a device push into a machine event: sync 21 `[device, ok]`, progress 22
 * `[device, percent]`, result 23 `[device, status]`. Matched by callbackName and device
 * type, never by packetID (protocol.md Q4). Anything else is not the machine's business.
 */
export function pushToEvent(push: Push, at: number): OtaEvent | null {
  const args = pair(push.args);
  if (!args) return null;
  const [deviceType, value] = args;
  switch (push.callbackName) {
    case Callback.performOta:
      return { type: 'sync-start', at, deviceType, accepted: value === 1 };
    case Callback.otaProgress:
      return { type: 'progress', at, deviceType, percent: value };
    case Callback.otaResult:
      return { type: 'result', at, deviceType, success: value === 1 };
    default:
      return null;
  }
}
