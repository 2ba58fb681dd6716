import { describe, expect, it } from 'vitest';
import type { InvokeResult } from '../../../../shared/ipc/contract.js';
import { ok } from '../../../../shared/result.js';
import { otaActions, useOtaStore } from '../../../../renderer/stores/ota.store.js';
import { failure } from '../fake-invis-api.js';
import { SERIAL, at, checkingRun, outletDownloading, outletUpdated, otaView } from '../fixtures.js';
import { useFakeBridge } from '../test-env.js';

const checking = checkingRun();
const startArgs = { deviceId: SERIAL, target: 'outlet', method: 'auto' } as const;
const view = () => useOtaStore.getState().view;

describe('ota store', () => {
  const bridge = useFakeBridge();

  async function startRun(runId: string, startedAt = at(0)) {
    bridge
      .api()
      .ota.start.mockResolvedValueOnce(ok(otaView(checking, { runId, startedAt, at: startedAt })));
    return otaActions().start(startArgs);
  }

  it('starts a run and keeps the view main returned', async () => {
    expect(await startRun('run-1')).toBe(true);
    expect(bridge.api().ota.start).toHaveBeenCalledWith(startArgs);
    expect(view()?.runId).toBe('run-1');
    expect(useOtaStore.getState().start).toEqual({ name: 'idle' });
  });

  it('keeps the error when the run could not start', async () => {
    bridge.api().ota.start.mockResolvedValueOnce(failure('busy'));
    expect(await otaActions().start(startArgs)).toBe(false);
    expect(useOtaStore.getState().start).toMatchObject({ name: 'failed', error: { code: 'busy' } });
    expect(view()).toBeNull();
  });

  it('keeps the last result on show while a retry starts, and when it cannot start', async () => {
    await startRun('run-1');
    otaActions().applyView(otaView(outletUpdated(), { at: at(61) }));
    bridge.api().ota.start.mockResolvedValueOnce(failure('busy'));
    const retry = otaActions().start(startArgs);
    expect(view()?.runId).toBe('run-1');
    expect(await retry).toBe(false);
    expect(view()?.run.state.name).toBe('finished');
    // …but the old run is retired: its late events no longer count.
    otaActions().applyView(otaView(outletDownloading(5), { at: at(99) }));
    expect(view()?.run.state.name).toBe('finished');
  });

  it('turns a broken bridge into an internal error instead of a crash', async () => {
    bridge.api().ota.start.mockRejectedValueOnce(new Error('IPC closed'));
    expect(await otaActions().start(startArgs)).toBe(false);
    expect(useOtaStore.getState().start).toMatchObject({
      name: 'failed',
      error: { code: 'internal', message: 'IPC closed' },
    });
  });

  it('applies events of the current run, newest last', async () => {
    await startRun('run-1');
    otaActions().applyView(otaView(outletDownloading(40), { at: at(5) }));
    expect(view()?.status).toBe('Updating the outlet firmware: 40%');
    // An older view arriving late (e.g. a slow snapshot) does not move the bar back.
    otaActions().applyView(otaView(outletDownloading(10), { at: at(3) }));
    expect(view()?.status).toBe('Updating the outlet firmware: 40%');
  });

  it('ignores late events from an old run after a new run started', async () => {
    await startRun('run-1');
    await startRun('run-2', at(100));
    otaActions().applyView(otaView(outletUpdated(), { runId: 'run-1', at: at(200) }));
    expect(view()?.runId).toBe('run-2');
    expect(view()?.run.state.name).toBe('checking');
  });

  it('ignores events for another device', async () => {
    await startRun('run-1');
    otaActions().applyView(otaView(outletUpdated(), { deviceId: 'OTHER', at: at(9) }));
    expect(view()?.run.state.name).toBe('checking');
  });

  it('takes an event that overtakes the reply to ota:start, and keeps the newer one', async () => {
    let reply!: (value: InvokeResult<'ota:start'>) => void;
    bridge.api().ota.start.mockReturnValueOnce(
      new Promise((resolve) => {
        reply = resolve;
      }),
    );
    const started = otaActions().start(startArgs);
    otaActions().applyView(otaView(outletDownloading(5), { runId: 'run-9', at: at(2) }));
    reply(ok(otaView(checking, { runId: 'run-9', at: at(0) })));
    expect(await started).toBe(true);
    expect(view()?.runId).toBe('run-9');
    expect(view()?.run.state.name).toBe('downloading');
  });

  it('catches up from a snapshot when the Update step opens', async () => {
    await startRun('run-1');
    bridge
      .api()
      .ota.getState.mockResolvedValueOnce(ok(otaView(outletDownloading(70), { at: at(8) })));
    await otaActions().syncSnapshot();
    expect(bridge.api().ota.getState).toHaveBeenCalledWith({ deviceId: SERIAL });
    expect(view()?.status).toBe('Updating the outlet firmware: 70%');
  });

  it('does not let a snapshot of an old run replace the current one', async () => {
    await startRun('run-1');
    await startRun('run-2', at(50));
    bridge
      .api()
      .ota.getState.mockResolvedValueOnce(
        ok(otaView(outletUpdated(), { runId: 'run-1', at: at(99) })),
      );
    await otaActions().syncSnapshot();
    expect(view()?.runId).toBe('run-2');
  });

  it('never un-finishes a run when a stale view has the same timestamp', async () => {
    await startRun('run-1');
    otaActions().applyView(otaView(outletUpdated(), { at: at(61) }));
    otaActions().applyView(otaView(outletDownloading(99), { at: at(61) }));
    expect(view()?.run.state.name).toBe('finished');
  });

  it('cancels the current run and reports a failure to cancel', async () => {
    await startRun('run-1');
    expect(await otaActions().cancel()).toBe(true);
    expect(bridge.api().ota.cancel).toHaveBeenCalledWith({ deviceId: SERIAL });
    bridge.api().ota.cancel.mockResolvedValueOnce(failure('connection-lost'));
    expect(await otaActions().cancel()).toBe(false);
    expect(useOtaStore.getState().cancel).toMatchObject({ name: 'failed' });
  });

  it('forgets the run on reset and ignores its late events', async () => {
    await startRun('run-1');
    otaActions().reset();
    otaActions().applyView(otaView(outletDownloading(50), { at: at(9) }));
    expect(view()).toBeNull();
  });
});
