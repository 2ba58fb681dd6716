import type { DeviceAddress } from './device-address.js';

/** One device of a site job, as the installer listed it. */
export interface SiteDeviceSpec {
  /** Stable within the job (`d1`, `d2`, … in list order); the serial is learnt later. */
  readonly id: string;
  /** Room and position, e.g. "Kitchen, left of the sink". */
  readonly label: string;
  readonly address: DeviceAddress;
  /** It powers something that must not lose power unannounced (fridge, server, medical). */
  readonly critical: boolean;
}

/** A device entry before it has a job id (CSV import, discovery, manual add). */
export type SiteDeviceInput = Omit<SiteDeviceSpec, 'id'>;

/** Gives devices their job ids in list order. */
export function withIds(devices: readonly SiteDeviceInput[]): SiteDeviceSpec[] {
  return devices.map((device, index) => ({ id: `d${index + 1}`, ...device }));
}
