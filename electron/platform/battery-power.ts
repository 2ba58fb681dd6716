import { powerMonitor } from 'electron';
import { systemPowerSource, type PowerSource } from '../site/power-source.js';

/**
 * Battery or mains for the site pre-flight warning. Linux: the engine reads sysfs, which can
 * also say "unknown" (Electron's answer is only yes or no there, and no when UPower is
 * missing). Elsewhere: Electron's powerMonitor, read after the app is ready.
 */
export function electronPowerSource(platform: NodeJS.Platform = process.platform): PowerSource {
  if (platform === 'linux') return systemPowerSource(platform);
  return { read: async () => (powerMonitor.isOnBatteryPower() ? 'battery' : 'ac') };
}
