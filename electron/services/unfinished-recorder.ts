import type { DeviceView } from '../../shared/ipc/contract.js';
import type { OtaOutcome, OtaTarget } from '../../shared/model/ota.js';
import type { DeviceAddress } from '../../shared/site/device-address.js';
import type { Clock } from '../support/clock.js';
import type { Logger } from '../support/logger.js';
import type { UnfinishedUpdatesStore } from './unfinished-updates.js';

/**
 * What the wizard's updates write to the unfinished-updates file. Failing to write it never
 * stops an update: only the after-crash reminder is lost, and the log says so.
 */
export interface UnfinishedRecorder {
  /** Before the update starts: the versions now, and how the outlet was reached. */
  starting(view: DeviceView, address: DeviceAddress, target: OtaTarget): Promise<void>;
  /** The app saw the outcome; the record goes unless the app had stopped following it. */
  ended(serial: string, outcome: OtaOutcome): Promise<void>;
  /** The update never started after all. */
  abandoned(serial: string): Promise<void>;
}

/**
 * The app stopped following an update the device may still be running: cancelled after
 * the 21 went out. Such an update stays recorded as unfinished, like one cut short by the
 * app quitting; every other outcome was seen to its end.
 */
function stoppedFollowing(outcome: OtaOutcome): boolean {
  return outcome.reasonCode === 'cancelled' && outcome.attempts.length > 0;
}

export function createUnfinishedRecorder(
  store: UnfinishedUpdatesStore,
  clock: Pick<Clock, 'now'>,
  log: Logger,
): UnfinishedRecorder {
  async function remove(serial: string): Promise<void> {
    await store.remove(serial).catch((error: unknown) => {
      log.warn('could not clear the unfinished-update record', { message: String(error) });
    });
  }

  return {
    async starting(view, address, target) {
      const { info, updates } = view;
      await store
        .add({
          serial: info.serial,
          address,
          target,
          from: {
            outlet: info.outletVersion,
            web: updates?.web?.current ?? null,
            deco: info.deco?.version ?? null,
          },
          startedAt: new Date(clock.now()).toISOString(),
        })
        .catch((error: unknown) => {
          log.warn('could not record the update as unfinished', { message: String(error) });
        });
    },
    async ended(serial, outcome) {
      if (!stoppedFollowing(outcome)) await remove(serial);
    },
    abandoned: remove,
  };
}
