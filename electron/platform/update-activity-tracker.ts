import type { EventChannel, EventMap, OtaView } from '../../shared/ipc/contract.js';
import type { Notice } from './outcome-notice.js';
import { outcomeNotice, siteIdleNotice } from './outcome-notice.js';
import { applySiteActivity, type SiteRunning } from './site-activity.js';

/** Keeps the computer awake (the outlet must stay reachable until the version reads back). */
export interface PowerSaveHook {
  start(): void;
  stop(): void;
}

/** Taskbar / dock progress. */
export interface ProgressHook {
  set(fraction: number): void;
  clear(): void;
}

export interface NotifyHook {
  isWindowFocused(): boolean;
  notify(notice: Notice): void;
}

export interface ActivityHooks {
  readonly powerSave: PowerSaveHook;
  readonly progress: ProgressHook;
  readonly notifier: NotifyHook;
}

export interface UpdateActivityTracker {
  /** Feed every event main emits (fan it out beside the window's emitter). */
  onEvent<E extends EventChannel>(channel: E, payload: EventMap[E]): void;
  /** True while any update runs: quitting now needs a confirmation. */
  isUpdating(): boolean;
  /**
   * Releases the power-save blocker and clears the progress bar (on quit), and ignores every
   * later event: disposing the service cancels its runs, and their `finished` must not pop a
   * notification after the user chose to quit.
   */
  dispose(): void;
}

export interface TrackerDeps {
  readonly hooks: ActivityHooks;
  /** The service's own count: a second opinion in case an event was missed. */
  readonly activeUpdates: () => number;
}

/**
 * Turns `ota:state-changed` events (and site-job device progress) into platform effects. Runs are tracked per device from
 * the events themselves (the latest runId per device wins), because the service's count can
 * lag the `finished` event. While any run is unfinished: one power-save hold and a progress
 * bar (the mean over running updates). When the last one finishes: release and clear, once.
 * A finished run is announced by notification only if the window is not focused, and only
 * once; late events for a finished run are ignored (design.md habit 7).
 */
export function createUpdateActivityTracker(deps: TrackerDeps): UpdateActivityTracker {
  const { powerSave, progress, notifier } = deps.hooks;
  const running = new Map<string, OtaView>();
  // Site jobs keep the laptop awake too: a sleeping laptop is what interrupts a site job.
  const siteRunning: SiteRunning = new Map();
  const finishedRuns = new Set<string>();
  let holding = false;
  let showingProgress = false;
  let disposed = false;

  function onView(view: OtaView): void {
    if (disposed || finishedRuns.has(view.runId)) return;
    const state = view.run.state;
    if (state.name === 'finished') {
      finishedRuns.add(view.runId);
      running.delete(view.deviceId);
      if (!notifier.isWindowFocused()) notifier.notify(outcomeNotice(state.outcome));
    } else {
      running.set(view.deviceId, view);
    }
    sync();
  }

  function sync(): void {
    const fractions = [
      ...[...running.values()].map((view) => view.progress),
      ...siteRunning.values(),
    ];
    if (fractions.length > 0) {
      if (!holding) powerSave.start();
      holding = true;
      progress.set(
        clamp(fractions.reduce((sum, fraction) => sum + fraction, 0) / fractions.length),
      );
      showingProgress = true;
    } else {
      release();
    }
  }

  function release(): void {
    if (holding) powerSave.stop();
    holding = false;
    if (showingProgress) progress.clear();
    showingProgress = false;
  }

  return {
    onEvent(channel, payload) {
      if (channel === 'ota:state-changed') onView(payload as OtaView);
      if (channel === 'site:job-changed' && !disposed) {
        const change = payload as EventMap['site:job-changed'];
        if (applySiteActivity(siteRunning, change)) sync();
        const notice = change.event.type === 'idle' ? siteIdleNotice(change.event.control) : null;
        if (notice && !notifier.isWindowFocused()) notifier.notify(notice);
      }
    },
    isUpdating: () => running.size > 0 || siteRunning.size > 0 || deps.activeUpdates() > 0,
    dispose() {
      disposed = true;
      running.clear();
      siteRunning.clear();
      release();
    },
  };
}

function clamp(fraction: number): number {
  return Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
}
