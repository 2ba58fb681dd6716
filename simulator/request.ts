/** A client request as the device understands it (protocol.md §2.2). */
export interface SimRequest {
  packetID: number;
  callbackName: number;
  callbackArgs: unknown;
}

/**
 * Parses one request text. Anything that is not JSON, not an object, or lacks a numeric
 * packetID and payload.callbackName returns null: the device ignores it without a reply,
 * because without a packetID it has nothing to correlate a reply with.
 */
export function parseRequest(text: string): SimRequest | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value) || !isRecord(value.payload)) return null;
  const { packetID } = value;
  const { callbackName, callbackArgs } = value.payload;
  if (typeof packetID !== 'number' || !Number.isFinite(packetID)) return null;
  if (typeof callbackName !== 'number' || !Number.isInteger(callbackName)) return null;
  return { packetID, callbackName, callbackArgs };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
