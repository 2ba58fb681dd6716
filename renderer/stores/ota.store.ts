import { create } from 'zustand';
import type { AppError } from '../../shared/errors.js';
import type { OtaStartArgs, OtaView } from '../../shared/ipc/contract.js';
import { invisApi } from '../api/invis-api';
import { settle } from './settle';
import { isNewerView } from './view-order';

export type RequestStatus =
  | { readonly name: 'idle' }
  | { readonly name: 'pending' }
  | { readonly name: 'failed'; readonly error: AppError };

interface OtaState {
  /** The device of the current run; events for any other device are not ours. */
  readonly deviceId: string | null;
  /** The current run; null while `ota:start` is in flight or before any run. */
  readonly runId: string | null;
  /** Runs this window has moved past: their late events must never come back to life. */
  readonly pastRunIds: readonly string[];
  /** The latest view of the current run (or of the last run, while a new one starts). */
  readonly view: OtaView | null;
  readonly start: RequestStatus;
  readonly cancel: RequestStatus;
  readonly actions: {
    /** Resolves true when main accepted the run, so the step can move to Update. */
    start(args: OtaStartArgs): Promise<boolean>;
    /** "Snapshot, then subscribe": called when the Update step opens. */
    syncSnapshot(): Promise<void>;
    /** Every `ota:state-changed` event lands here, filtered by device and run. */
    applyView(view: OtaView): void;
    /** Takes up a run main is already running (a window that loaded again mid-update). */
    adopt(view: OtaView): void;
    cancel(): Promise<boolean>;
    reset(): void;
  };
}

const idle = { name: 'idle' } as const;

export const useOtaStore = create<OtaState>()((set, get) => {
  function retire(): readonly string[] {
    const { runId, pastRunIds } = get();
    return runId ? [...pastRunIds, runId] : pastRunIds;
  }

  function accept(view: OtaView, adopt: boolean): void {
    const { deviceId, runId, pastRunIds, view: current } = get();
    if (view.deviceId !== deviceId || pastRunIds.includes(view.runId)) return;
    if (runId === null) {
      // An event can overtake the reply to `ota:start`; take it as the new run's first view.
      if (adopt) set({ runId: view.runId, view });
      return;
    }
    if (view.runId !== runId) return; // a late event from some other run
    if (current === null || isNewerView(view, current)) set({ view });
  }

  return {
    deviceId: null,
    runId: null,
    pastRunIds: [],
    view: null,
    start: idle,
    cancel: idle,
    actions: {
      start: async (args) => {
        if (get().start.name === 'pending') return false;
        // The last view stays until the new run replaces it: Result keeps showing while a
        // retry starts, and still shows if the retry cannot start.
        set({
          pastRunIds: retire(),
          runId: null,
          deviceId: args.deviceId,
          start: { name: 'pending' },
          cancel: idle,
        });
        const result = await settle(() => invisApi().ota.start(args));
        if (!result.ok) {
          set({ start: { name: 'failed', error: result.error } });
          return false;
        }
        accept(result.value, true);
        set({ start: idle });
        return true;
      },
      syncSnapshot: async () => {
        const { deviceId } = get();
        if (deviceId === null) return;
        const result = await settle(() => invisApi().ota.getState({ deviceId }));
        if (result.ok && result.value) accept(result.value, true);
      },
      applyView: (view) => accept(view, get().start.name === 'pending'),
      adopt: (view) =>
        set({
          pastRunIds: retire(),
          deviceId: view.deviceId,
          runId: view.runId,
          view,
          start: idle,
          cancel: idle,
        }),
      cancel: async () => {
        const { deviceId } = get();
        if (deviceId === null || get().cancel.name === 'pending') return false;
        set({ cancel: { name: 'pending' } });
        const result = await settle(() => invisApi().ota.cancel({ deviceId }));
        set({ cancel: result.ok ? idle : { name: 'failed', error: result.error } });
        return result.ok;
      },
      reset: () =>
        set({
          pastRunIds: retire(),
          runId: null,
          view: null,
          deviceId: null,
          start: idle,
          cancel: idle,
        }),
    },
  };
});

export const selectOtaView = (state: OtaState): OtaView | null => state.view;
export const selectStartStatus = (state: OtaState): RequestStatus => state.start;
export const selectCancelStatus = (state: OtaState): RequestStatus => state.cancel;
export const selectOtaActions = (state: OtaState): OtaState['actions'] => state.actions;

export const otaActions = (): OtaState['actions'] => useOtaStore.getState().actions;
