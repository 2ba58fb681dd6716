import { isJsonObject, readText } from './json-value.js';

/** What we send; identical on TCP and WebSocket (protocol.md §2.2). */
export interface RequestEnvelope {
  packetID: number;
  payload: { callbackName: number; callbackArgs?: unknown };
}

/** A classified message from the device. */
export type DeviceMessage =
  | {
      kind: 'reply';
      packetID: number;
      ok: boolean;
      callbackName: number | null;
      /** `payload.callbackArgs`; undefined when the reply has no payload or no args. */
      args: unknown;
      serial: string | null;
    }
  | {
      kind: 'push';
      packetID: number | null;
      callbackName: number;
      args: unknown;
      serial: string | null;
    }
  | { kind: 'unknown'; reason: string; raw: unknown };

/** Builds a request; `callbackArgs` is left out when undefined, as the library does. */
export function buildRequest(
  packetID: number,
  callbackName: number,
  callbackArgs?: unknown,
): RequestEnvelope {
  const payload: RequestEnvelope['payload'] =
    callbackArgs === undefined ? { callbackName } : { callbackName, callbackArgs };
  return { packetID, payload };
}

/**
 * Classifies one decoded object (protocol.md §2.2): a `PUBACK` key plus a numeric packetID
 * is a reply (`PUBACK: 1` = ok, anything else = not ok; payload optional); otherwise a
 * numeric `payload.callbackName` is a device push (22/23 progress, 11 sensors, 12 after a
 * restart...). Anything else is `unknown` with a reason for the log.
 */
export function classifyMessage(value: unknown): DeviceMessage {
  if (!isJsonObject(value)) return { kind: 'unknown', reason: 'not a JSON object', raw: value };
  const serial = readText(value.sn);
  const packetID = readPacketId(value.packetID);
  const payload = isJsonObject(value.payload) ? value.payload : null;
  const callbackName = readCallbackName(payload?.callbackName);
  if ('PUBACK' in value) {
    if (packetID === null) {
      return { kind: 'unknown', reason: 'reply (PUBACK) without a numeric packetID', raw: value };
    }
    const ok = value.PUBACK === 1;
    return { kind: 'reply', packetID, ok, callbackName, args: payload?.callbackArgs, serial };
  }
  if (payload === null) {
    return { kind: 'unknown', reason: 'neither PUBACK nor a payload object', raw: value };
  }
  if (callbackName === null) {
    return { kind: 'unknown', reason: 'payload.callbackName is not a number', raw: value };
  }
  return { kind: 'push', packetID, callbackName, args: payload.callbackArgs, serial };
}

/** Integer packet IDs; a string of digits is tolerated since the docs only say "number". */
function readPacketId(value: unknown): number | null {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
  return null;
}

function readCallbackName(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}
