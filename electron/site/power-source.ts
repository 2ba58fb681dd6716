import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Whether the laptop runs on battery: a long site job on battery may die half-way. */
export type PowerState = 'ac' | 'battery' | 'unknown';

export interface PowerSource {
  read(): Promise<PowerState>;
}

export const unknownPower: PowerSource = { read: async () => 'unknown' };

async function readTrimmed(path: string): Promise<string | null> {
  try {
    return (await readFile(path, 'utf8')).trim();
  } catch {
    return null;
  }
}

/**
 * Linux: /sys/class/power_supply/* — a mains or USB supply with `online` 1 means plugged in;
 * a battery whose `status` is Discharging means on battery. Anything else is unknown (a
 * desktop without a battery reports mains only, a VM often nothing).
 */
export function linuxPowerSource(root = '/sys/class/power_supply'): PowerSource {
  return {
    read: async () => {
      let names: string[];
      try {
        names = await readdir(root);
      } catch {
        return 'unknown';
      }
      let sawMainsOff = false;
      let sawBattery = false;
      for (const name of names) {
        const type = await readTrimmed(join(root, name, 'type'));
        if (type === 'Mains' || type === 'USB') {
          const online = await readTrimmed(join(root, name, 'online'));
          if (online === '1') return 'ac';
          if (online === '0') sawMainsOff = true;
        } else if (type === 'Battery') {
          const status = await readTrimmed(join(root, name, 'status'));
          if (status === 'Discharging') return 'battery';
          if (status !== null) sawBattery = true;
        }
      }
      return sawMainsOff && sawBattery ? 'battery' : 'unknown';
    },
  };
}

/** The platform's power source; the desktop app may pass Electron's powerMonitor instead. */
export function systemPowerSource(platform: NodeJS.Platform = process.platform): PowerSource {
  return platform === 'linux' ? linuxPowerSource() : unknownPower;
}
