import { addressKey } from '../../shared/site/device-address.js';
import type { DiscoveredDevice } from '../../shared/site/discovered-device.js';

export type RegistryChange = 'added' | 'updated' | 'moved';

/**
 * Everything found so far, one entry per serial: mDNS, the scan and manual adds of the same
 * outlet merge, and a known serial at a new address is the same device that moved (DHCP),
 * reported as `moved` with the old address kept in `movedFrom`.
 */
export class DeviceRegistry {
  private readonly bySerial = new Map<string, DiscoveredDevice>();
  /** Entries without a serial yet (manual or CSV, not read), keyed by address. */
  private readonly byAddress = new Map<string, DiscoveredDevice>();

  upsert(device: DiscoveredDevice): { device: DiscoveredDevice; change: RegistryChange } {
    const key = addressKey(device.address);
    if (device.serial === null) {
      const known = [...this.bySerial.values()].find((entry) => addressKey(entry.address) === key);
      if (known) return { device: known, change: 'updated' };
      const earlier = this.byAddress.get(key);
      const merged = merge(earlier, device);
      this.byAddress.set(key, merged);
      return { device: merged, change: earlier ? 'updated' : 'added' };
    }
    this.byAddress.delete(key);
    const before = this.bySerial.get(device.serial);
    const merged = merge(before, device);
    const moved = before !== undefined && addressKey(before.address) !== key;
    const result = moved ? { ...merged, movedFrom: before.address } : merged;
    this.bySerial.set(device.serial, result);
    return { device: result, change: before === undefined ? 'added' : moved ? 'moved' : 'updated' };
  }

  bySerialNumber(serial: string): DiscoveredDevice | undefined {
    return this.bySerial.get(serial);
  }

  /** Identified devices first (by serial), then the ones not read yet. */
  list(): DiscoveredDevice[] {
    const identified = [...this.bySerial.values()].sort((a, b) =>
      (a.serial ?? '').localeCompare(b.serial ?? ''),
    );
    return [...identified, ...this.byAddress.values()];
  }
}

/** Newer facts win; what only the older entry knew is kept; sources add up. */
function merge(before: DiscoveredDevice | undefined, after: DiscoveredDevice): DiscoveredDevice {
  if (!before) return after;
  return {
    serial: after.serial ?? before.serial,
    address: after.address,
    model: after.model ?? before.model,
    hardwareRevision: after.hardwareRevision ?? before.hardwareRevision,
    transport: after.transport ?? before.transport,
    outletVersion: after.outletVersion ?? before.outletVersion,
    deco: after.deco ?? before.deco,
    hostname: after.hostname ?? before.hostname,
    sources: [...new Set([...before.sources, ...after.sources])],
    seenAt: Math.max(before.seenAt, after.seenAt),
    movedFrom: before.movedFrom,
  };
}
