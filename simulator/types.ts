/**
 * Public types of the InvisOutlet simulator. Other code (integration tests, the demo mode,
 * `npm run simulate`) depends on exactly these shapes, so change them only together with
 * their users.
 */

/** Hardware revision: revA speaks WebSocket on /ws, revB raw TCP (see shared/protocol.md §2). */
export type SimRevision = 'A' | 'B';

/** Whether an InvisDeco faceplate is attached, and whether it answers. */
export type SimDeco = 'none' | 'online' | 'offline';

/** Scripted behaviours; `scenarios.ts` documents each one. */
export type ScenarioName =
  | 'success'
  | 'already-current'
  | 'declined'
  | 'stall'
  | 'false-success'
  | 'never-returns'
  | 'deco-wifi-fails'
  | 'no-sync-21'
  | 'slow-reboot'
  | 'noise'
  | 'close-at-once'
  | 'junk'
  | 'silent';

/** How device -> client TCP frames are cut into writes (revB only). */
export type SimFraming = 'newline' | 'none' | 'split' | 'coalesce' | 'chaos';

export interface SimulatorOptions {
  rev: SimRevision;
  /** Default 'online'. */
  deco?: SimDeco;
  /** Default 'success'. */
  scenario?: ScenarioName;
  /** Default '127.0.0.1'. */
  host?: string;
  /** revB only (ignored on revA); default 0 = any free port. */
  tcpPort?: number;
  /** revA only (ignored on revB); default 0 = any free port. */
  wsPort?: number;
  /** Time factor: 1 = realistic, 50 = fifty times faster. Default 1. */
  speed?: number;
  /** TCP only; default 'chaos'. */
  framing?: SimFraming;
  /** Seed for framing and timing jitter; default 1 (deterministic). */
  seed?: number;
  /** Default revB '11A18240076', revA '0003C44076'. */
  serial?: string;
  /** Default '1.4.0'. */
  outletVersion?: string;
  /** Default '1.5.0'. */
  availableOutletVersion?: string;
  /** revA only; default '2.0.0'. */
  webVersion?: string;
  /** revA only; default '2.1.0'. */
  availableWebVersion?: string;
  /** Default '3.0.0'. */
  decoVersion?: string;
  /** Default '3.1.0'. */
  availableDecoVersion?: string;
  /** revB restart right after 21; default 1500 ms (divided by speed). */
  restartDowntimeMs?: number;
  /** Reboot after a successful 23; default 6000 ms, 20000 ms for 'slow-reboot' (divided by speed). */
  rebootDowntimeMs?: number;
  /** Optional structured log of what the simulator does. */
  log?: (event: SimEvent) => void;
}

/** One thing the simulator did. `at` = milliseconds since the simulator started. */
export interface SimEvent {
  at: number;
  kind: string;
  detail?: unknown;
}

export interface SimulatorSnapshot {
  outletVersion: string;
  webVersion: string | null;
  decoVersion: string | null;
  decoOnline: boolean;
  listening: boolean;
  /** Every well-formed 21 received, in order (also the declined and ignored ones). */
  otaRequests: Array<{ target: 1 | 2; method: 0 | 1 }>;
  /** Each time a new version was installed (when the device came back with it). */
  updatesApplied: Array<'outlet' | 'web' | 'deco'>;
  /** Outlet restarts: the revB restart right after 21 plus post-update reboots. */
  restarts: number;
  /** API connections accepted: TCP connections (revB) or WebSocket upgrades on /ws (revA). */
  connectionsAccepted: number;
}

export interface RunningSimulator {
  readonly host: string;
  readonly rev: SimRevision;
  readonly serial: string;
  /** revB: the TCP port; revA: null. */
  readonly tcpPort: number | null;
  /** revA: the WebSocket port (path /ws); revB: null. */
  readonly wsPort: number | null;
  snapshot(): SimulatorSnapshot;
  /** Stops everything, clears all timers, resolves when the sockets are closed. */
  close(): Promise<void>;
}
