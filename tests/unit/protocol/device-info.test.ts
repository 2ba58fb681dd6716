import { describe, expect, it } from 'vitest';
import { parseDeviceInfo } from '../../../electron/protocol/device-info.js';
import { classifyMessage } from '../../../electron/protocol/envelope.js';
import { fixtureJson } from './fixtures.js';

/** The §3.1 reply's args with the given changes, built fresh for each test. */
function docsArgs(): { IM: Record<string, unknown>; PM?: Record<string, unknown> } {
  const msg = classifyMessage(fixtureJson('device-info-reply.json'));
  if (msg.kind !== 'reply') throw new Error('fixture is not a reply');
  return msg.args as { IM: Record<string, unknown>; PM?: Record<string, unknown> };
}

function parsed(args: unknown, envelopeSerial?: string | null) {
  const result = parseDeviceInfo(args, envelopeSerial);
  if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
  return result.value;
}

describe('parseDeviceInfo', () => {
  it('reads the documented reply shape', () => {
    expect(parsed(docsArgs(), 'IM123')).toEqual({
      serial: 'IM123',
      model: 'InvisOutlet',
      hardwareRevision: 'revB',
      isRevB: true,
      outletVersion: '1.2',
      mac: 'aa:bb',
      deco: {
        serial: 'PM456',
        online: true,
        model: 'InvisDeco',
        variant: 'Aura',
        version: '3.0',
        hardwareRevision: '1.0',
        radarVersion: '3.0',
      },
    });
  });

  it('gives deco null while the PM block is absent', () => {
    const args = docsArgs();
    delete args.PM;
    expect(parsed(args).deco).toBeNull();
  });

  it('reads the radar version from the documented fw_rev when fw_ver is missing', () => {
    const args = docsArgs();
    args.PM = { ...args.PM, radar: { fw_rev: '2.7', hw_type: 'R1' } };
    expect(parsed(args).deco?.radarVersion).toBe('2.7');
  });

  it('prefers the hardware radar.fw_ver over fw_rev', () => {
    const args = docsArgs();
    args.PM = { ...args.PM, radar: { fw_ver: '3.1', fw_rev: '9.9' } };
    expect(parsed(args).deco?.radarVersion).toBe('3.1');
  });

  it('turns a blank fw_rev and an "Unknown" device into null', () => {
    const args = docsArgs();
    args.IM = { ...args.IM, fw_rev: '  ', device: 'Unknown' };
    args.PM = { ...args.PM, fw_rev: '' };
    const info = parsed(args);
    expect(info.outletVersion).toBeNull();
    expect(info.model).toBeNull();
    expect(info.deco?.version).toBeNull();
  });

  it('accepts numbers for versions and 0/1 for online', () => {
    const args = docsArgs();
    args.IM = { ...args.IM, fw_rev: 2 };
    args.PM = { ...args.PM, online: 0, fw_rev: 3.5 };
    const info = parsed(args);
    expect(info.outletVersion).toBe('2');
    expect(info.deco?.version).toBe('3.5');
    expect(info.deco?.online).toBe(false);
    args.PM = { ...args.PM, online: 1 };
    expect(parsed(args).deco?.online).toBe(true);
  });

  it('ignores unknown extra fields', () => {
    const args = { ...docsArgs(), extra: [1, 2], IM: { ...docsArgs().IM, uptime: 42 } };
    expect(parsed(args).serial).toBe('IM123');
  });

  it('treats only the exact string "revB" as revB', () => {
    for (const hw of ['revA', 'revb', 'REVB', undefined]) {
      const args = docsArgs();
      args.IM = { ...args.IM, hw_rev: hw };
      expect(parsed(args).isRevB, String(hw)).toBe(false);
    }
  });

  it('takes the serial from the envelope when IM.sn is missing', () => {
    const args = docsArgs();
    delete args.IM.sn;
    expect(parsed(args, '11A18240076').serial).toBe('11A18240076');
  });

  it.each([
    [{ PM: {} }, /no IM/],
    [{ IM: 'x' }, /IM block is a string/],
    [{ IM: [] }, /IM block is an array/],
    [null, /device info is null/],
    [[{ IM: {} }], /device info is an array/],
  ])('rejects %j', (args, message) => {
    const result = parseDeviceInfo(args, 'SN1');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });

  it('rejects a reply with no serial anywhere', () => {
    const result = parseDeviceInfo({ IM: { device: 'InvisOutlet' } }, null);
    expect(!result.ok && result.error).toMatch(/serial/);
  });
});
