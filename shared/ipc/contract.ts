import type { AppError } from '../errors.js';
import type { AvailableUpdates, DeviceInfo, TransportKind } from '../model/device.js';
import type { MethodChoice, OtaTarget, TransportChoice } from '../model/ota.js';
import type { OtaRun } from '../ota/types.js';
import type { Result } from '../result.js';
import type { VersionSet } from '../site/device-check.js';
import type { DeviceAddress } from '../site/device-address.js';
import type { RecheckVerdict } from '../site/recovered-outcome.js';
import {
  SITE_API_EVENTS,
  SITE_API_VERBS,
  SITE_EVENT_CHANNELS,
  SITE_INVOKE_CHANNELS,
  type SiteApi,
  type SiteEventMap,
  type SiteInvokeMap,
} from './site-contract.js';

/**
 * THE contract between the main process and the renderer: every invoke channel with its
 * argument and result, every event with its payload. Both sides import this file; nothing
 * else names a channel. Channels are `<domain>:<verb>`, events `<domain>:<noun>-<past>`.
 */

/** A connected outlet as the wizard sees it. `deviceId` is the serial. */
export interface DeviceView {
  readonly deviceId: string;
  readonly host: string;
  readonly transport: TransportKind;
  readonly info: DeviceInfo;
  /** Null when the device could not check (no cloud access): never read as "no update". */
  readonly updates: AvailableUpdates | null;
  readonly updatesError: string | null;
  readonly link: 'up' | 'down';
  readonly demo: boolean;
}

export interface RecentDevice {
  readonly host: string;
  readonly serial: string;
  readonly lastSeen: string;
}

/** One update as the wizard sees it; a new `runId` per `ota:start`. */
export interface OtaView {
  readonly deviceId: string;
  readonly runId: string;
  readonly startedAt: number;
  readonly at: number;
  /** 0..1 over all phases, from fixed weights. */
  readonly progress: number;
  readonly status: string;
  readonly run: OtaRun;
}

/**
 * A wizard update the app never saw end: it was closed or crashed mid-update. The device
 * carries on alone, so the record is kept until someone checks what became of it.
 */
export interface UnfinishedUpdate {
  readonly serial: string;
  readonly address: DeviceAddress;
  readonly target: OtaTarget;
  /** The versions before the update, to tell whether it took effect. */
  readonly from: VersionSet;
  /** ISO 8601. */
  readonly startedAt: string;
}

/** An update main is running for the wizard: what a window that loads again picks up. */
export interface ActiveUpdate {
  readonly device: DeviceView;
  readonly view: OtaView;
}

export interface SerialArgs {
  readonly serial: string;
}

export interface AppInfo {
  readonly version: string;
  readonly logPath: string | null;
  readonly platform: string;
}

export interface ConnectArgs {
  readonly host: string;
  readonly transport?: TransportChoice;
  readonly tcpPort?: number;
  readonly wsPort?: number;
}
export interface DeviceArgs {
  readonly deviceId: string;
}
export interface OtaStartArgs {
  readonly deviceId: string;
  readonly target: OtaTarget;
  readonly method: MethodChoice;
}

/** Invoke channels: name -> [argument, result]. Every result is a Result: errors are values. */
export interface InvokeMap extends SiteInvokeMap {
  'device:connect': [ConnectArgs, Result<DeviceView, AppError>];
  'device:connect-demo': [void, Result<DeviceView, AppError>];
  'device:refresh': [DeviceArgs, Result<DeviceView, AppError>];
  'device:disconnect': [DeviceArgs, Result<null, AppError>];
  'device:list-recent': [void, Result<readonly RecentDevice[], AppError>];
  'ota:start': [OtaStartArgs, Result<OtaView, AppError>];
  'ota:cancel': [DeviceArgs, Result<null, AppError>];
  'ota:get-state': [DeviceArgs, Result<OtaView | null, AppError>];
  'ota:get-active': [void, Result<ActiveUpdate | null, AppError>];
  'ota:list-unfinished': [void, Result<readonly UnfinishedUpdate[], AppError>];
  /** Reads the device (never sends 21); the record is dropped once the verdict is final. */
  'ota:check-unfinished': [SerialArgs, Result<RecheckVerdict, AppError>];
  'ota:forget-unfinished': [SerialArgs, Result<null, AppError>];
  'app:get-info': [void, Result<AppInfo, AppError>];
}

/** Events from main: name -> payload. */
export interface EventMap extends SiteEventMap {
  'ota:state-changed': OtaView;
  'device:link-changed': { readonly deviceId: string; readonly link: 'up' | 'down' };
}

export type InvokeChannel = keyof InvokeMap;
export type EventChannel = keyof EventMap;
export type InvokeArg<C extends InvokeChannel> = InvokeMap[C][0];
export type InvokeResult<C extends InvokeChannel> = InvokeMap[C][1];

/** Runtime lists (the preload and the handler registry iterate them). */
export const INVOKE_CHANNELS = [
  'device:connect',
  'device:connect-demo',
  'device:refresh',
  'device:disconnect',
  'device:list-recent',
  'ota:start',
  'ota:cancel',
  'ota:get-state',
  'ota:get-active',
  'ota:list-unfinished',
  'ota:check-unfinished',
  'ota:forget-unfinished',
  'app:get-info',
  ...SITE_INVOKE_CHANNELS,
] as const satisfies readonly InvokeChannel[];

export const EVENT_CHANNELS = [
  'ota:state-changed',
  'device:link-changed',
  ...SITE_EVENT_CHANNELS,
] as const satisfies readonly EventChannel[];

/** What the preload exposes as `window.invis`: domain verbs and `on…` subscriptions. */
export interface InvisApi {
  readonly device: {
    connect(args: ConnectArgs): Promise<InvokeResult<'device:connect'>>;
    connectDemo(): Promise<InvokeResult<'device:connect-demo'>>;
    refresh(args: DeviceArgs): Promise<InvokeResult<'device:refresh'>>;
    disconnect(args: DeviceArgs): Promise<InvokeResult<'device:disconnect'>>;
    listRecent(): Promise<InvokeResult<'device:list-recent'>>;
    onLinkChanged(listener: (event: EventMap['device:link-changed']) => void): () => void;
  };
  readonly ota: {
    start(args: OtaStartArgs): Promise<InvokeResult<'ota:start'>>;
    cancel(args: DeviceArgs): Promise<InvokeResult<'ota:cancel'>>;
    getState(args: DeviceArgs): Promise<InvokeResult<'ota:get-state'>>;
    getActive(): Promise<InvokeResult<'ota:get-active'>>;
    listUnfinished(): Promise<InvokeResult<'ota:list-unfinished'>>;
    checkUnfinished(args: SerialArgs): Promise<InvokeResult<'ota:check-unfinished'>>;
    forgetUnfinished(args: SerialArgs): Promise<InvokeResult<'ota:forget-unfinished'>>;
    onStateChanged(listener: (view: OtaView) => void): () => void;
  };
  readonly app: {
    getInfo(): Promise<InvokeResult<'app:get-info'>>;
  };
  readonly site: SiteApi;
}

/** Which channel each API verb calls: the single table the preload and the test bridge share. */
export const API_VERBS = {
  device: {
    connect: 'device:connect',
    connectDemo: 'device:connect-demo',
    refresh: 'device:refresh',
    disconnect: 'device:disconnect',
    listRecent: 'device:list-recent',
  },
  ota: {
    start: 'ota:start',
    cancel: 'ota:cancel',
    getState: 'ota:get-state',
    getActive: 'ota:get-active',
    listUnfinished: 'ota:list-unfinished',
    checkUnfinished: 'ota:check-unfinished',
    forgetUnfinished: 'ota:forget-unfinished',
  },
  app: { getInfo: 'app:get-info' },
  site: SITE_API_VERBS,
} as const satisfies Record<string, Record<string, InvokeChannel>>;

export const API_EVENTS = {
  device: { onLinkChanged: 'device:link-changed' },
  ota: { onStateChanged: 'ota:state-changed' },
  site: SITE_API_EVENTS,
} as const satisfies Record<string, Record<string, EventChannel>>;

export const API_GLOBAL = 'invis';
