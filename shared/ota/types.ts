import type { AvailableUpdates, DeviceInfo } from '../model/device.js';
import type {
  Attempt,
  DecoMethod,
  MethodChoice,
  OtaOutcome,
  OtaTarget,
  OtaTimeouts,
  ReasonCode,
} from '../model/ota.js';

/*
 * The OTA machine, one run per update request:
 *
 *   checking ──(no faceplate / offline / already current)──────────────────────┐
 *      │ 12 + 20 read                                                          │
 *      ▼                                                                       │
 *   starting ◄──(link restored)── awaiting-restart ──(reboot timer)──► unreachable
 *      │  21 sent     ──(link lost: revB restarts at once)──►  ▲               │
 *      │  (junk 23 [t,0] before progress: ignored)                             │
 *      │ 22 progress / sync 21 ok                                              │
 *      ▼                                                                       │
 *   downloading {web → firmware | faceplate}  ──(23 [t,0], stall, declined)──► attempt failed
 *      │ 23 [t,1]                (23 [3,1] only ends the web phase)   │ Deco auto + Wi-Fi:
 *      ▼                                                              │ retry via InvisOutlet
 *   rebooting (outlet) ──(link restored)──► verifying ◄── (Deco: straight here)
 *                                             │ 12 read: version changed?
 *                                             ▼
 *                                          finished {updated | failed | unreachable | already-current}
 */

export type TimerName = 'stall' | 'reboot' | 'verify' | 'poll';

export type DownloadPhase = 'web' | 'firmware' | 'faceplate';

export type OtaState =
  | { readonly name: 'checking' }
  /** 21 sent (again, after a restart); waiting for the device to begin. */
  | { readonly name: 'starting'; readonly ack: 'waiting' | 'accepted' }
  /** The link dropped after 21: revB restarts at once; reconnect fast. */
  | { readonly name: 'awaiting-restart'; readonly deadline: number }
  | { readonly name: 'downloading'; readonly phase: DownloadPhase; readonly percent: number }
  /** Outlet only: success reported, the outlet restarts into the new image. */
  | { readonly name: 'rebooting'; readonly deadline: number; readonly dropped: boolean }
  /**
   * Reading 12 until the version moves. `decoSeen` remembers what the faceplate looked like,
   * because the PM block vanishes while it restarts and only a return proves a restart.
   */
  | {
      readonly name: 'verifying';
      readonly deadline: number;
      readonly decoSeen: 'nothing' | 'absent' | 'old-version';
    }
  | { readonly name: 'finished'; readonly outcome: OtaOutcome };

/** What one version read (12, plus 20 for the web-UI version) found. */
export interface VersionRead {
  readonly outletVersion: string | null;
  readonly webVersion: string | null;
  /** Null when the PM block is absent (no faceplate, or it is restarting). */
  readonly deco: { readonly online: boolean; readonly version: string | null } | null;
}

export type OtaEvent =
  | {
      readonly type: 'checked';
      readonly at: number;
      readonly info: DeviceInfo;
      readonly updates: AvailableUpdates | null;
    }
  | { readonly type: 'check-failed'; readonly at: number; readonly message: string }
  | { readonly type: 'ota-ack'; readonly at: number; readonly accepted: boolean }
  | {
      readonly type: 'sync-start';
      readonly at: number;
      readonly deviceType: number;
      readonly accepted: boolean;
    }
  | {
      readonly type: 'progress';
      readonly at: number;
      readonly deviceType: number;
      readonly percent: number;
    }
  | {
      readonly type: 'result';
      readonly at: number;
      readonly deviceType: number;
      readonly success: boolean;
    }
  | { readonly type: 'link-lost'; readonly at: number }
  | { readonly type: 'link-restored'; readonly at: number }
  | { readonly type: 'timer'; readonly at: number; readonly timer: TimerName }
  | { readonly type: 'version-read'; readonly at: number; readonly read: VersionRead | null }
  | { readonly type: 'cancel'; readonly at: number };

export type OtaEffect =
  | { readonly type: 'read-device' }
  | { readonly type: 'send-ota'; readonly target: OtaTarget; readonly method: DecoMethod | null }
  | { readonly type: 'arm'; readonly timer: TimerName; readonly ms: number }
  | { readonly type: 'disarm'; readonly timer: TimerName }
  | { readonly type: 'read-version' }
  | { readonly type: 'log'; readonly level: 'info' | 'warn'; readonly message: string };

/** Data that lives across states for one run. */
export interface OtaContext {
  readonly target: OtaTarget;
  readonly choice: MethodChoice;
  readonly timeouts: OtaTimeouts;
  /** Method of the attempt in progress; null for the outlet. */
  readonly method: DecoMethod | null;
  readonly isRevB: boolean;
  readonly fromVersion: string | null;
  readonly fromWebVersion: string | null;
  /** What has to move for the update to count: the firmware, or only the web UI. */
  readonly expect: 'firmware' | 'web-only';
  /** The check said the running version is the available one. */
  readonly checkSaysCurrent: boolean;
  readonly link: 'up' | 'down';
  readonly attempts: readonly Attempt[];
  readonly lastReason: ReasonCode | null;
}

export interface OtaRun {
  readonly context: OtaContext;
  readonly state: OtaState;
}

export interface Step {
  readonly run: OtaRun;
  readonly effects: readonly OtaEffect[];
}
