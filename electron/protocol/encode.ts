import type { RequestEnvelope } from './envelope.js';

/**
 * TCP (revB, :3333): one JSON object followed by "\n". The device also accepts
 * unterminated writes, but the newer library sends the newline (protocol.md Q11).
 */
export function encodeForTcp(req: RequestEnvelope): Buffer {
  return Buffer.from(`${JSON.stringify(req)}\n`, 'utf8');
}

/** WebSocket (revA, :80/ws): one JSON object per text frame, no newline. */
export function encodeForWs(req: RequestEnvelope): string {
  return JSON.stringify(req);
}
