import type { DeviceState } from './device-state.js';
import type { SimRevision } from './types.js';

/**
 * A harmless extra field with non-ASCII text. Real 12 replies carry undocumented fields
 * (protocol.md §5.5), and this one lets 'split' framing cut inside a UTF-8 character.
 */
const OUTLET_NAME = 'Küche ✓';

/** Payload builders for callbacks 12 and 20 (protocol.md §3.1, §3.2). */
export class DeviceInfo {
  private readonly pmSerial: string;

  constructor(
    private readonly serial: string,
    private readonly rev: SimRevision,
    private readonly state: DeviceState,
  ) {
    this.pmSerial = `PM${serial.slice(-8)}`;
  }

  /** 12: PM is left out with no faceplate and while it reboots; offline has no fw_rev. */
  deviceInfo(): Record<string, unknown> {
    const im = {
      sn: this.serial,
      MAC: mac(this.serial, 0x12),
      device: 'InvisOutlet',
      hw_rev: this.rev === 'B' ? 'revB' : 'revA',
      fw_rev: this.state.outletVersion,
      name: OUTLET_NAME,
    };
    if (this.state.deco === 'none' || this.state.decoRebooting) return { IM: im };
    if (this.state.deco === 'offline') return { IM: im, PM: { online: false, sn: this.pmSerial } };
    const pm = {
      online: true,
      sn: this.pmSerial,
      MAC: mac(this.serial, 0x13),
      device: 'InvisDeco',
      type: 'Aura',
      hw_rev: '1.0',
      fw_rev: this.state.decoVersion,
      radar: { fw_ver: '3.0', hw_type: 'R1', MAC: mac(this.serial, 0x14) },
    };
    return { IM: im, PM: pm };
  }

  /** 20: www_* only on revA (web UI); PM only while the faceplate is online. */
  availableUpdates(): Record<string, unknown> {
    const state = this.state;
    const im: Record<string, string> = {
      fw_rev: state.outletVersion,
      available_fw_rev: state.availableOutletVersion,
    };
    if (state.webVersion !== null && state.availableWebVersion !== null) {
      im.www_fw_rev = state.webVersion;
      im.available_www_fw_rev = state.availableWebVersion;
    }
    if (!state.decoOnline) return { IM: im };
    return {
      IM: im,
      PM: { fw_rev: state.decoVersion, available_fw_rev: state.availableDecoVersion },
    };
  }
}

/** A stable MAC derived from the serial, so several simulators differ but never change. */
function mac(serial: string, tag: number): string {
  let hash = 0x811c9dc5;
  for (const char of serial) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193);
  const bytes = [0xa4, 0xcf, tag, (hash >>> 16) & 0xff, (hash >>> 8) & 0xff, hash & 0xff];
  return bytes.map((byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join(':');
}
