import { describe, expect, it } from 'vitest';
import { createUnfinishedRecorder } from '../../../electron/services/unfinished-recorder.js';
import type { UnfinishedUpdatesStore } from '../../../electron/services/unfinished-updates.js';
import type { UnfinishedUpdate } from '../../../shared/ipc/contract.js';
import type { OtaOutcome } from '../../../shared/model/ota.js';
import { deviceView } from '../renderer/fixtures.js';

function memoryStore(failing = false): UnfinishedUpdatesStore & { records: UnfinishedUpdate[] } {
  const records: UnfinishedUpdate[] = [];
  const refuse = () => Promise.reject(new Error('ENOSPC: no space left on device'));
  return {
    records,
    list: async () => records,
    add: async (update) => {
      if (failing) return refuse();
      records.splice(0, records.length, ...records.filter((r) => r.serial !== update.serial));
      records.push(update);
    },
    remove: async (serial) => {
      if (failing) return refuse();
      records.splice(0, records.length, ...records.filter((r) => r.serial !== serial));
    },
  };
}

const clock = { now: () => Date.parse('2026-12-04T10:00:00.000Z') };
const lines: string[] = [];
const log = { info: () => undefined, warn: (message: string) => void lines.push(message) };
const address = { host: '192.168.1.40', tcpPort: null, wsPort: null };

function outcome(overrides: Partial<OtaOutcome>): OtaOutcome {
  return {
    outcome: 'failed',
    target: 'outlet',
    method: null,
    fromVersion: '1.4.0',
    toVersion: null,
    reasonCode: null,
    reason: null,
    attempts: [],
    ...overrides,
  };
}
const sentOnce = [
  { method: null, result: 'failed', reasonCode: 'cancelled', reason: null },
] as const;

describe('recording a wizard update as unfinished', () => {
  it('writes the versions before and where the outlet answered, then clears it on an outcome', async () => {
    const store = memoryStore();
    const recorder = createUnfinishedRecorder(store, clock, log);
    const view = deviceView();
    await recorder.starting(view, address, 'outlet');
    expect(store.records).toEqual([
      {
        serial: view.info.serial,
        address,
        target: 'outlet',
        from: {
          outlet: view.info.outletVersion,
          web: view.updates?.web?.current ?? null,
          deco: view.info.deco?.version ?? null,
        },
        startedAt: '2026-12-04T10:00:00.000Z',
      },
    ]);
    await recorder.ended(view.info.serial, outcome({ outcome: 'updated', toVersion: '1.5.0' }));
    expect(store.records).toEqual([]);
  });

  it('keeps the record when the person cancelled after the request went out: the outlet may carry on', async () => {
    const store = memoryStore();
    const recorder = createUnfinishedRecorder(store, clock, log);
    await recorder.starting(deviceView(), address, 'outlet');
    await recorder.ended(
      deviceView().info.serial,
      outcome({ reasonCode: 'cancelled', attempts: sentOnce }),
    );
    expect(store.records).toHaveLength(1);

    await recorder.ended(deviceView().info.serial, outcome({ reasonCode: 'cancelled' }));
    expect(store.records).toEqual([]); // cancelled while still checking: nothing was sent
  });

  it('keeps the record when the outlet never came back: it may return with either version', async () => {
    const store = memoryStore();
    const recorder = createUnfinishedRecorder(store, clock, log);
    await recorder.starting(deviceView(), address, 'outlet');
    await recorder.ended(deviceView().info.serial, outcome({ outcome: 'unreachable' }));
    expect(store.records).toHaveLength(1);
  });

  it('a later read settles the record only when the version moved', async () => {
    const store = memoryStore();
    const recorder = createUnfinishedRecorder(store, clock, log);
    const before = deviceView();
    await recorder.starting(before, address, 'outlet');

    await recorder.seen(before); // the same version: still an open question
    expect(store.records).toHaveLength(1);
    await recorder.seen(deviceView({ info: { ...before.info, deco: null } }));
    expect(store.records).toHaveLength(1); // the faceplate is not what was updated

    await recorder.seen(deviceView({ info: { ...before.info, outletVersion: '9.9.9' } }));
    expect(store.records).toEqual([]);
  });

  it('a disk that refuses the record is logged and does not stop the update', async () => {
    const recorder = createUnfinishedRecorder(memoryStore(true), clock, log);
    await expect(recorder.starting(deviceView(), address, 'outlet')).resolves.toBeUndefined();
    await expect(recorder.abandoned('IO-1')).resolves.toBeUndefined();
    expect(lines).toEqual([
      'could not record the update as unfinished',
      'could not clear the unfinished-update record',
    ]);
  });
});
