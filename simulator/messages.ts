import type { Rng } from './rng.js';

/** A device -> client envelope, in the key order the real firmware uses (protocol.md §2.2). */
export interface Envelope {
  sn: string;
  packetID: number;
  PUBACK?: 0 | 1;
  payload?: { callbackName: number; callbackArgs?: unknown };
}

/** How many recent request IDs a push ID must not collide with. */
const REMEMBERED_REQUEST_IDS = 64;

/**
 * Builds replies and pushes for one device. Pushes carry no PUBACK and a device-chosen
 * 6-digit packetID; it never equals a recent request ID, because clients first try to match
 * an incoming packetID against their pending requests and a collision would be misrouted.
 */
export class MessageFactory {
  private readonly recentRequestIds: number[] = [];

  constructor(
    private readonly serial: string,
    private readonly rng: Rng,
  ) {}

  /** A reply echoing the request's packetID. `payload` is left out when undefined. */
  reply(packetID: number, puback: 0 | 1, callbackName?: number, args?: unknown): Envelope {
    const envelope: Envelope = { sn: this.serial, packetID, PUBACK: puback };
    if (callbackName !== undefined) envelope.payload = { callbackName, callbackArgs: args };
    return envelope;
  }

  /** A device-initiated push (22, 23, synchronous 21, 9, 11). */
  push(callbackName: number, args: unknown): Envelope {
    return {
      sn: this.serial,
      packetID: this.pushId(),
      payload: { callbackName, callbackArgs: args },
    };
  }

  /** A fresh random push ID, 100000..999999. */
  pushId(): number {
    for (;;) {
      const id = this.rng.int(100_000, 999_999);
      if (!this.recentRequestIds.includes(id)) return id;
    }
  }

  /** Called for every request received, replied to or not. */
  noteRequest(packetID: number): void {
    this.recentRequestIds.push(packetID);
    if (this.recentRequestIds.length > REMEMBERED_REQUEST_IDS) this.recentRequestIds.shift();
  }
}
