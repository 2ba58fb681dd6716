import type { DeviceView } from '../../shared/ipc/contract.js';
import type { OtaOutcome, OtaTarget } from '../../shared/model/ota.js';
import type { DeviceAddress } from '../../shared/site/device-address.js';
import { movedVersion } from '../../shared/site/device-check.js';
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
  /** The run ended; the record goes unless that outcome leaves the question open. */
  ended(serial: string, outcome: OtaOutcome): Promise<void>;
  /** The app read the outlet (connect, refresh): a version that moved settles the record. */
  seen(view: DeviceView): Promise<void>;
  /** The update never started after all. */
  abandoned(serial: string): Promise<void>;
}

/**
 * Outcomes that leave open what the outlet ends up running, so the record stays, like one cut
 * short by the app quitting: cancelled after the 21 went out (the outlet may carry on), and
 * unreachable (it may come back later with either version). Every other outcome was seen.
 */
function leavesItOpen(outcome: OtaOutcome): boolean {
  if (outcome.outcome === 'unreachable') return true;
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
      if (!leavesItOpen(outcome)) await remove(serial);
    },
    async seen(view) {
      const records = await store.list().catch(() => []);
      const record = records.find((entry) => entry.serial === view.info.serial);
      const now = { outlet: view.info.outletVersion, deco: view.info.deco?.version ?? null };
      if (record && movedVersion(record.target, record.from, now) !== null) {
        await remove(record.serial);
      }
    },
    abandoned: remove,
  };
}
