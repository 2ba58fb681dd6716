import type { TransportKind } from '../model/device.js';
import type { DeviceAddress } from './device-address.js';

export type DiscoverySource = 'mdns' | 'scan' | 'manual' | 'csv';

/**
 * An outlet found on the network. Keyed by serial once known: a device that DHCP moved to a
 * new address is still the same device (protocol.md §2.6, the integration does the same).
 */
export interface DiscoveredDevice {
  /** TXT `sn` or `IM.sn`; null only for a manual or CSV entry not yet read. */
  readonly serial: string | null;
  readonly address: DeviceAddress;
  /** TXT `device` or `IM.device`, e.g. "InvisOutlet". */
  readonly model: string | null;
  readonly hardwareRevision: string | null;
  /** The transport that answered (scan or read); null from mDNS alone. */
  readonly transport: TransportKind | null;
  readonly outletVersion: string | null;
  /** From TXT `sub_type`/`sub_device`/`sub_sn` or the PM block; null when none is known. */
  readonly deco: { readonly serial: string | null; readonly model: string | null } | null;
  /** The mDNS host name, e.g. "11A18240076.local". */
  readonly hostname: string | null;
  readonly sources: readonly DiscoverySource[];
  readonly seenAt: number;
  /** Set when the same serial was seen at another address before. */
  readonly movedFrom: DeviceAddress | null;
}
