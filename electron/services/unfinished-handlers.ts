import { appError } from '../../shared/errors.js';
import type { OtaTimeouts } from '../../shared/model/ota.js';
import { err, ok } from '../../shared/result.js';
import type { InvokeHandlers } from '../ipc/invoke-dispatcher.js';
import type { OtaService } from '../ota/ota-service.js';
import type { ReachOptions } from '../site/device-reads.js';
import { recheckStep } from '../site/recheck-step.js';
import type { UnfinishedUpdatesStore } from './unfinished-updates.js';

type UnfinishedChannel = 'ota:list-unfinished' | 'ota:check-unfinished' | 'ota:forget-unfinished';

export interface UnfinishedHandlerDeps {
  readonly store: UnfinishedUpdatesStore;
  readonly ota: OtaService;
  readonly reach: ReachOptions;
  readonly timeouts: OtaTimeouts;
}

/** Verdicts that settle the question; the others (unreachable, busy, another device) may change. */
const FINAL = new Set(['moved', 'current', 'rerun']);

/**
 * A person is waiting on this check, so it gives up sooner than an update would: at most a
 * minute for the outlet to come back and a minute for its version to move.
 */
const CHECK_LIMIT_MS = 60_000;

export interface UnfinishedHandlers {
  readonly handlers: Pick<InvokeHandlers, UnfinishedChannel>;
  /** A check is reading this outlet now: starting an update on it must wait. */
  isChecking(serial: string): boolean;
}

/**
 * The wizard's side of "nothing lost on a crash": list the updates the app never saw end,
 * find out what became of one by reading the device (the same re-check a site job uses
 * after a crash; never a second 21), or forget one.
 */
export function createUnfinishedHandlers(deps: UnfinishedHandlerDeps): UnfinishedHandlers {
  const { store, ota, reach, timeouts } = deps;
  const checking = new Set<string>();

  const handlers: UnfinishedHandlers['handlers'] = {
    // One this app is still running is not unfinished: it is on the Update step.
    'ota:list-unfinished': async () =>
      ok((await store.list()).filter((entry) => !ota.isUpdating(entry.serial))),
    'ota:check-unfinished': async ({ serial }) => {
      const record = (await store.list()).find((entry) => entry.serial === serial);
      if (!record) {
        return err(appError('bad-argument', `No unfinished update is recorded for ${serial}.`));
      }
      if (checking.has(serial) || ota.isUpdating(serial)) {
        return err(appError('busy', `Outlet ${serial} is being checked or updated already.`, true));
      }
      checking.add(serial);
      try {
        const step = {
          target: record.target,
          serial,
          from: record.from,
          startedAt: Date.parse(record.startedAt),
        };
        const { verdict, outlet } = await recheckStep(step, record.address, reach, {
          ...timeouts,
          rebootMs: Math.min(timeouts.rebootMs, CHECK_LIMIT_MS),
          verifyMs: Math.min(timeouts.verifyMs, CHECK_LIMIT_MS),
        });
        outlet?.session.close();
        reach.log.info(`re-checked the unfinished ${record.target} update of ${serial}`, {
          verdict: verdict.kind,
        });
        if (FINAL.has(verdict.kind)) await store.remove(serial);
        return ok(verdict);
      } finally {
        checking.delete(serial);
      }
    },
    'ota:forget-unfinished': async ({ serial }) => {
      await store.remove(serial);
      return ok(null);
    },
  };
  return { handlers, isChecking: (serial) => checking.has(serial) };
}
