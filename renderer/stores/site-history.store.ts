import { create } from 'zustand';
import type { AppError } from '../../shared/errors.js';
import type { SiteJobView } from '../../shared/ipc/site-contract.js';
import type { JobState } from '../../shared/site/job-state.js';
import { invisApi } from '../api/invis-api';
import { settle } from './settle';

/**
 * A job worth offering again: it was running, paused or cancelling when the app stopped, or
 * it never started but some device already got somewhere. A job abandoned at pre-flight
 * (idle, every device still queued) is not: it did nothing.
 */
export function isResumable(job: JobState): boolean {
  if (job.control === 'finished') return false;
  if (job.control !== 'idle') return true;
  return job.order.some((id) => job.devices[id]?.status !== 'queued');
}

export type ResumeStatus =
  | { readonly name: 'idle' }
  | { readonly name: 'opening' }
  | { readonly name: 'failed'; readonly error: AppError };

interface HistoryState {
  /** The newest interrupted job not yet resumed or waved away. */
  readonly interrupted: JobState | null;
  /** Jobs the person said "Not now" to (or resumed): not offered again while the app runs. */
  readonly dismissed: readonly string[];
  readonly resume: ResumeStatus;
  readonly actions: {
    load(): Promise<void>;
    dismiss(): void;
    /** Opens the offered job in main; its view on success. */
    open(): Promise<SiteJobView | null>;
  };
}

export const useSiteHistoryStore = create<HistoryState>()((set, get) => ({
  interrupted: null,
  dismissed: [],
  resume: { name: 'idle' },
  actions: {
    load: async () => {
      const result = await settle(() => invisApi().site.listJobs());
      // No list is not worth an error here: set-up works without it.
      if (!result.ok) return;
      const { dismissed } = get();
      const offer = result.value.find((job) => isResumable(job) && !dismissed.includes(job.jobId));
      set({ interrupted: offer ?? null });
    },
    dismiss: () => {
      const { interrupted, dismissed } = get();
      set({
        interrupted: null,
        resume: { name: 'idle' },
        dismissed: interrupted ? [...dismissed, interrupted.jobId] : dismissed,
      });
    },
    open: async () => {
      const { interrupted, resume } = get();
      if (!interrupted || resume.name === 'opening') return null;
      set({ resume: { name: 'opening' } });
      const result = await settle(() => invisApi().site.openJob({ jobId: interrupted.jobId }));
      if (!result.ok) {
        set({ resume: { name: 'failed', error: result.error } });
        return null;
      }
      get().actions.dismiss();
      return result.value;
    },
  },
}));

export const selectInterrupted = (state: HistoryState): JobState | null => state.interrupted;
export const selectResumeStatus = (state: HistoryState): ResumeStatus => state.resume;
export const selectHistoryActions = (state: HistoryState): HistoryState['actions'] => state.actions;
