/** Which part of the device an update is for. */
export type OtaTarget = 'outlet' | 'deco';

/** How a Deco downloads its image: over its own Wi-Fi, or relayed through the outlet. */
export type DecoMethod = 'wifi' | 'outlet';

/** What the user asked for; `auto` = Wi-Fi first, then via InvisOutlet if that fails. */
export type MethodChoice = 'auto' | DecoMethod;

export type TransportChoice = 'auto' | 'tcp' | 'ws';

/** The four truthful endings of an update (see the engine issue). */
export type Outcome = 'updated' | 'already-current' | 'failed' | 'unreachable';

/** Why an attempt did not end `updated`; words come from `reasonText`. */
export type ReasonCode =
  | 'declined'
  | 'failure-result'
  | 'stalled'
  | 'same-version'
  | 'not-back'
  | 'lost-contact'
  | 'version-unreadable'
  | 'no-faceplate'
  | 'faceplate-offline'
  | 'device-info-unreadable'
  | 'cancelled';

export interface Attempt {
  readonly method: DecoMethod | null;
  readonly result: Outcome;
  readonly reasonCode: ReasonCode | null;
  readonly reason: string | null;
}

export interface OtaOutcome {
  readonly outcome: Outcome;
  readonly target: OtaTarget;
  readonly method: DecoMethod | null;
  readonly fromVersion: string | null;
  readonly toVersion: string | null;
  readonly reasonCode: ReasonCode | null;
  readonly reason: string | null;
  readonly attempts: readonly Attempt[];
}

export interface OtaTimeouts {
  /** No progress for this long = failed (counted from 21, re-armed by every 22). */
  readonly stallMs: number;
  /** The outlet not back this long after it restarted = unreachable. */
  readonly rebootMs: number;
  /** The new version not read back this long after the success result. */
  readonly verifyMs: number;
  /** Gap between version reads while verifying. */
  readonly pollMs: number;
}

export const DEFAULT_TIMEOUTS: OtaTimeouts = {
  stallMs: 60_000,
  rebootMs: 180_000,
  verifyMs: 240_000,
  pollMs: 5_000,
};
