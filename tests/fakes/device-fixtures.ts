import type { AvailableUpdates, DeviceInfo } from '../../shared/model/device.js';

/** A revB outlet on 1.4.0 with an online Aura faceplate on 3.0.0. */
export function deviceInfo(overrides: Partial<DeviceInfo> = {}): DeviceInfo {
  return {
    serial: '11A18240076',
    model: 'InvisOutlet',
    hardwareRevision: 'revB',
    isRevB: true,
    outletVersion: '1.4.0',
    mac: 'aa:bb',
    deco: {
      serial: 'PM456',
      online: true,
      model: 'InvisDeco',
      variant: 'Aura',
      version: '3.0.0',
      hardwareRevision: '1.0',
      radarVersion: '3.0',
    },
    ...overrides,
  };
}

/** Both the outlet and the faceplate have an update; no web-UI partition (revB). */
export function availableUpdates(overrides: Partial<AvailableUpdates> = {}): AvailableUpdates {
  return {
    outlet: { current: '1.4.0', available: '1.5.0', hasUpdate: true },
    web: null,
    deco: { current: '3.0.0', available: '3.1.0', hasUpdate: true },
    ...overrides,
  };
}
