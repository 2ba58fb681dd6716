import { create } from 'zustand';
import type { AppError } from '../../shared/errors.js';
import type { EventMap } from '../../shared/ipc/contract.js';
import type { SiteJobView } from '../../shared/ipc/site-contract.js';
import type { Result } from '../../shared/result.js';
import type { JobState } from '../../shared/site/job-state.js';
import type { DeviceProgress, SiteProblem } from '../../shared/site/site-events.js';
import { invisApi } from '../api/invis-api';
import { siteEventChange } from './site-event-change';
import { settle } from './settle';

/** The control verb in flight, or the last one that failed: one value, never flags. */
export type ControlStatus =
  | { readonly name: 'idle' }
  | { readonly name: 'pending'; readonly verb: ControlVerb }
  | { readonly name: 'failed'; readonly verb: ControlVerb; readonly error: AppError };

export type ControlVerb =
  | 'start'
  | 'pause'
  | 'resume'
  | 'cancel'
  | 'retry'
  | 'confirm'
  | 'concurrency'
  | 'rename'
  | 'details';

export interface SiteState {
  readonly jobId: string | null;
  readonly job: JobState | null;
  /** Records applied to `job` (main's count: see SiteJobView.seq). */
  readonly seq: number;
  /** Live progress of running devices, by device id. */
  readonly progress: Readonly<Record<string, DeviceProgress>>;
  readonly warnings: readonly string[];
  /** The last disk (or internal) problem main reported; cleared on resume. */
  readonly problem: SiteProblem | null;
  /** Job-level news for the polite live region (a device finished, the job paused…). */
  readonly announcement: string;
  readonly control: ControlStatus;
  readonly actions: {
    /** Takes a job main just created or opened. */
    adopt(view: SiteJobView): void;
    /** "Snapshot, then subscribe": events are already bound; this catches up. */
    sync(): Promise<void>;
    /** Every `site:job-changed` lands here; other jobs' events are dropped. */
    applyEvent(payload: EventMap['site:job-changed']): void;
    start(): Promise<boolean>;
    pause(): Promise<boolean>;
    resume(): Promise<boolean>;
    cancel(): Promise<boolean>;
    retryFailed(): Promise<boolean>;
    confirmCritical(deviceId: string): Promise<boolean>;
    setConcurrency(concurrency: number): Promise<boolean>;
    renameDevice(deviceId: string, label: string): Promise<boolean>;
    changeDetails(site: string, technician: string): Promise<boolean>;
    /** Forgets the job here (a new job is being set up); main keeps it open. */
    close(): void;
  };
}

const initial = {
  jobId: null,
  job: null,
  seq: 0,
  progress: {},
  warnings: [],
  problem: null,
  announcement: '',
  control: { name: 'idle' },
} as const;

function progressMap(list: readonly DeviceProgress[]): Record<string, DeviceProgress> {
  return Object.fromEntries(list.map((progress) => [progress.deviceId, progress]));
}

export const useSiteStore = create<SiteState>()((set, get) => {
  /** A snapshot wins only if it is newer than what the events already built. */
  function takeView(view: SiteJobView, adopt: boolean): void {
    const { jobId, seq, job } = get();
    if (!adopt && (view.state.jobId !== jobId || (job !== null && view.seq <= seq))) return;
    set({
      jobId: view.state.jobId,
      job: view.state,
      seq: view.seq,
      progress: progressMap(view.progress),
      warnings: view.warnings,
    });
  }

  async function control(
    verb: ControlVerb,
    call: (jobId: string) => Promise<Result<JobState, AppError>>,
  ): Promise<boolean> {
    const { jobId } = get();
    if (jobId === null || get().control.name === 'pending') return false;
    set({ control: { name: 'pending', verb } });
    const result = await settle(() => call(jobId));
    if (get().jobId !== jobId) return false;
    set({ control: result.ok ? { name: 'idle' } : { name: 'failed', verb, error: result.error } });
    // The records arrive as events; a snapshot afterwards is cheap insurance against a gap.
    if (result.ok) await get().actions.sync();
    return result.ok;
  }

  const site = () => invisApi().site;
  return {
    ...initial,
    actions: {
      adopt: (view) => {
        set({ ...initial });
        takeView(view, true);
      },
      sync: async () => {
        const { jobId } = get();
        if (jobId === null) return;
        const result = await settle(() => site().getJob({ jobId }));
        if (result.ok) takeView(result.value, false);
      },
      applyEvent: (payload) => {
        const state = get();
        if (payload.jobId !== state.jobId || state.job === null) return;
        const change = siteEventChange(state, payload);
        if (change) set(change);
      },
      start: () => control('start', (jobId) => site().start({ jobId })),
      pause: () => control('pause', (jobId) => site().pause({ jobId })),
      resume: () => control('resume', (jobId) => site().resume({ jobId })),
      cancel: () => control('cancel', (jobId) => site().cancel({ jobId })),
      retryFailed: () => control('retry', (jobId) => site().retryFailed({ jobId })),
      confirmCritical: (deviceId) =>
        control('confirm', (jobId) => site().confirmCritical({ jobId, deviceId })),
      setConcurrency: (concurrency) =>
        control('concurrency', (jobId) => site().setConcurrency({ jobId, concurrency })),
      renameDevice: (deviceId, label) =>
        control('rename', (jobId) => site().renameDevice({ jobId, deviceId, label })),
      changeDetails: (siteName, technician) =>
        control('details', (jobId) => site().changeDetails({ jobId, site: siteName, technician })),
      close: () => set({ ...initial }),
    },
  };
});

export const selectSiteJob = (state: SiteState): JobState | null => state.job;
export const selectSiteProgress = (state: SiteState): SiteState['progress'] => state.progress;
export const selectSiteProblem = (state: SiteState): SiteProblem | null => state.problem;
export const selectSiteWarnings = (state: SiteState): readonly string[] => state.warnings;
export const selectAnnouncement = (state: SiteState): string => state.announcement;
export const selectControlStatus = (state: SiteState): ControlStatus => state.control;
export const selectSiteActions = (state: SiteState): SiteState['actions'] => state.actions;

export const siteActions = (): SiteState['actions'] => useSiteStore.getState().actions;
