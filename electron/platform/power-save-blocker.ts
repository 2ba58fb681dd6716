import { powerSaveBlocker } from 'electron';
import type { Logger } from '../support/logger.js';
import type { PowerSaveHook } from './update-activity-tracker.js';

/**
 * 'prevent-app-suspension' keeps the system (and its network link) awake but lets the
 * display sleep: an update can take minutes, and a sleeping laptop would lose the outlet
 * before the version could be read back.
 */
export function createPowerSaveHook(log: Logger): PowerSaveHook {
  let id: number | null = null;
  return {
    start() {
      if (id !== null) return;
      id = powerSaveBlocker.start('prevent-app-suspension');
      log.info('power-save blocker on');
    },
    stop() {
      if (id === null) return;
      if (powerSaveBlocker.isStarted(id)) powerSaveBlocker.stop(id);
      id = null;
      log.info('power-save blocker off');
    },
  };
}
