import { describe, expect, it } from 'vitest';
import { DeviceRegistry } from '../../../electron/discovery/device-registry.js';
import type { DiscoveredDevice } from '../../../shared/site/discovered-device.js';

function found(
  serial: string | null,
  host: string,
  extra: Partial<DiscoveredDevice> = {},
): DiscoveredDevice {
  return {
    serial,
    address: { host, tcpPort: null, wsPort: null },
    model: null,
    hardwareRevision: null,
    transport: null,
    outletVersion: null,
    deco: null,
    hostname: null,
    sources: ['scan'],
    seenAt: 1,
    movedFrom: null,
    ...extra,
  };
}

describe('DeviceRegistry (keyed by serial)', () => {
  it('merges what mDNS and the scan know about one serial', () => {
    const registry = new DeviceRegistry();
    expect(
      registry.upsert(found('SN1', '10.0.0.5', { sources: ['mdns'], hostname: 'SN1.local' }))
        .change,
    ).toBe('added');
    const { device, change } = registry.upsert(
      found('SN1', '10.0.0.5', { transport: 'tcp', outletVersion: '1.4.0' }),
    );
    expect(change).toBe('updated');
    expect(device).toMatchObject({
      sources: ['mdns', 'scan'],
      hostname: 'SN1.local',
      transport: 'tcp',
      outletVersion: '1.4.0',
    });
    expect(registry.list()).toHaveLength(1);
  });

  it('a known serial at a new address is the same device that moved (DHCP)', () => {
    const registry = new DeviceRegistry();
    registry.upsert(found('SN1', '10.0.0.5'));
    const { device, change } = registry.upsert(found('SN1', '10.0.0.77'));
    expect(change).toBe('moved');
    expect(device.address.host).toBe('10.0.0.77');
    expect(device.movedFrom?.host).toBe('10.0.0.5');
    expect(registry.list()).toHaveLength(1);
  });

  it('an entry without a serial (manual, not read yet) is replaced once it is identified', () => {
    const registry = new DeviceRegistry();
    expect(registry.upsert(found(null, '10.0.0.8', { sources: ['manual'] })).change).toBe('added');
    expect(registry.upsert(found(null, '10.0.0.8', { sources: ['manual'] })).change).toBe(
      'updated',
    );
    registry.upsert(found('SN8', '10.0.0.8'));
    expect(registry.list().map((device) => device.serial)).toEqual(['SN8']);
  });
});
