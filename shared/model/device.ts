/**
 * What the app knows about one outlet, as parsed from callback 12 (device info) and
 * callback 20 (available updates). Tolerant by design: real firmware leaves fields out
 * or blank (protocol.md §3.1, §5.5), so anything may be null.
 */
export interface DecoInfo {
  readonly serial: string | null;
  readonly online: boolean;
  /** `PM.device`, e.g. "InvisDeco". */
  readonly model: string | null;
  /** `PM.type`, e.g. "Aura". */
  readonly variant: string | null;
  /** `PM.fw_rev`; null when blank or missing (a degraded faceplate that needs a restart). */
  readonly version: string | null;
  readonly hardwareRevision: string | null;
  /** `radar.fw_ver` (what hardware sends) or `radar.fw_rev` (what the docs say). */
  readonly radarVersion: string | null;
}

export interface DeviceInfo {
  readonly serial: string;
  /** `IM.device`, e.g. "InvisOutlet"; null when missing or "Unknown". */
  readonly model: string | null;
  readonly hardwareRevision: string | null;
  /** Only the exact string "revB" means revB (protocol.md Q13). */
  readonly isRevB: boolean;
  readonly outletVersion: string | null;
  readonly mac: string | null;
  /** Null when the `PM` block is absent: no faceplate, or it is restarting. */
  readonly deco: DecoInfo | null;
}

export interface ModuleUpdate {
  readonly current: string | null;
  readonly available: string | null;
  /** Available is non-empty and differs from current (string inequality, protocol.md §7). */
  readonly hasUpdate: boolean;
}

export interface AvailableUpdates {
  readonly outlet: ModuleUpdate;
  /** The outlet's web-UI partition; only revA reports it. */
  readonly web: ModuleUpdate | null;
  readonly deco: ModuleUpdate | null;
}

export type TransportKind = 'tcp' | 'ws';
