import { describe, expect, it } from 'vitest';
import { deviceFromService } from '../../../electron/discovery/txt-record.js';

describe('mDNS TXT records', () => {
  it('reads sn, device, sub_type, sub_device and sub_sn; prefers an IPv4 A record', () => {
    const device = deviceFromService(
      {
        name: '11A18240076',
        host: '11A18240076.local',
        port: 80,
        txt: {
          sn: '11A18240076',
          device: 'InvisOutlet',
          sub_type: 'deco',
          sub_device: 'InvisDeco',
          sub_sn: 'PM456',
        },
        addresses: ['fe80::1', '192.168.1.20'],
        referer: { address: '192.168.1.20' },
      },
      42,
    );
    expect(device).toEqual({
      serial: '11A18240076',
      address: { host: '192.168.1.20', tcpPort: null, wsPort: null },
      model: 'InvisOutlet',
      hardwareRevision: null,
      transport: null,
      outletVersion: null,
      deco: { serial: 'PM456', model: 'InvisDeco' },
      hostname: '11A18240076.local',
      sources: ['mdns'],
      seenAt: 42,
      movedFrom: null,
    });
  });

  it('ignores records without a serial (as the library does)', () => {
    expect(
      deviceFromService({ txt: { device: 'InvisOutlet' }, addresses: ['10.0.0.1'] }, 0),
    ).toBeNull();
    expect(deviceFromService({ txt: { sn: '  ' }, addresses: ['10.0.0.1'] }, 0)).toBeNull();
    expect(deviceFromService({ addresses: ['10.0.0.1'] }, 0)).toBeNull();
  });

  it('falls back to the sender address; no Deco fields means no Deco; binary TXT values decode', () => {
    const device = deviceFromService(
      { txt: { sn: Buffer.from('SN9'), device: 'InvisOutlet' }, referer: { address: '10.0.0.9' } },
      0,
    );
    expect(device).toMatchObject({ serial: 'SN9', address: { host: '10.0.0.9' }, deco: null });
  });
});
