import { create } from 'zustand';
import type { AppError } from '../../shared/errors.js';
import type { SitePreflightView } from '../../shared/ipc/site-contract.js';
import { invisApi } from '../api/invis-api';
import { settle } from './settle';

export type PreflightStatus =
  | { readonly name: 'idle' }
  | { readonly name: 'checking' }
  | { readonly name: 'done'; readonly view: SitePreflightView }
  | { readonly name: 'failed'; readonly error: AppError };

interface PreflightState {
  /** The job the status belongs to; a check for another job is not shown. */
  readonly jobId: string | null;
  readonly status: PreflightStatus;
  readonly actions: { check(jobId: string): Promise<void> };
}

export const useSitePreflightStore = create<PreflightState>()((set, get) => ({
  jobId: null,
  status: { name: 'idle' },
  actions: {
    check: async (jobId) => {
      if (get().jobId === jobId && get().status.name === 'checking') return;
      set({ jobId, status: { name: 'checking' } });
      const result = await settle(() => invisApi().site.preflight({ jobId }));
      if (get().jobId !== jobId) return;
      set({
        status: result.ok
          ? { name: 'done', view: result.value }
          : { name: 'failed', error: result.error },
      });
    },
  },
}));

const IDLE: PreflightStatus = { name: 'idle' };

/** The status for this job only (a constant when it is another job's: selectors must be stable). */
export const selectPreflightFor =
  (jobId: string | null) =>
  (state: PreflightState): PreflightStatus =>
    state.jobId === jobId && jobId !== null ? state.status : IDLE;
export const selectPreflightActions = (state: PreflightState): PreflightState['actions'] =>
  state.actions;
