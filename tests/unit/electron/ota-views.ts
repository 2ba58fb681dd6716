import type { OtaView } from '../../../shared/ipc/contract.js';
import { DEFAULT_TIMEOUTS, type Outcome } from '../../../shared/model/ota.js';
import { initialRun } from '../../../shared/ota/transition.js';
import type { OtaState } from '../../../shared/ota/types.js';

/** OtaView fixtures for the platform tests: a real initial run with the state swapped. */
const base = initialRun('outlet', 'auto', DEFAULT_TIMEOUTS).run;

export function viewWith(
  state: OtaState,
  progress: number,
  ids: { deviceId?: string; runId?: string } = {},
): OtaView {
  return {
    deviceId: ids.deviceId ?? 'SN1',
    runId: ids.runId ?? 'run-1',
    startedAt: 0,
    at: 0,
    progress,
    status: state.name,
    run: { ...base, state },
  };
}

export function downloading(percent: number, ids?: { deviceId?: string; runId?: string }): OtaView {
  return viewWith({ name: 'downloading', phase: 'firmware', percent }, percent / 100, ids);
}

export function finished(outcome: Outcome, ids?: { deviceId?: string; runId?: string }): OtaView {
  return viewWith(
    {
      name: 'finished',
      outcome: {
        outcome,
        target: 'outlet',
        method: null,
        fromVersion: '1.0.0',
        toVersion: outcome === 'updated' ? '1.1.0' : null,
        reasonCode: null,
        reason: null,
        attempts: [],
      },
    },
    1,
    ids,
  );
}
