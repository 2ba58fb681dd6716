import type { DeviceAddress } from '../../shared/site/device-address.js';
import type { DiscoveredDevice, DiscoverySource } from '../../shared/site/discovered-device.js';
import type { ConnectedOutlet } from '../outlet/connect-outlet.js';

/** A device proven by a device-info read (12): everything comes from the device itself. */
export function deviceFromOutlet(
  outlet: ConnectedOutlet,
  address: DeviceAddress,
  source: DiscoverySource,
  seenAt: number,
): DiscoveredDevice {
  const { info } = outlet;
  return {
    serial: info.serial,
    address,
    model: info.model,
    hardwareRevision: info.hardwareRevision,
    transport: outlet.session.kind,
    outletVersion: info.outletVersion,
    deco: info.deco
      ? { serial: info.deco.serial, model: info.deco.variant ?? info.deco.model }
      : null,
    hostname: null,
    sources: [source],
    seenAt,
    movedFrom: null,
  };
}
