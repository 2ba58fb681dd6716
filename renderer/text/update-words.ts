import type { OtaView } from '../../shared/ipc/contract.js';
import type { DecoMethod } from '../../shared/model/ota.js';
import type { OtaRun } from '../../shared/ota/types.js';

/** Whole percent 0..100 from the view's overall progress (fixed phase weights in shared/ota). */
export function percentOf(view: OtaView): number {
  return Math.round(Math.max(0, Math.min(1, view.progress)) * 100);
}

const METHOD_LABELS: Record<DecoMethod, string> = {
  wifi: 'Over the faceplate’s own Wi-Fi',
  outlet: 'Via InvisOutlet (relayed through the outlet)',
};

/** The method of the attempt in progress; null for the outlet, which has no method. */
export function methodLabel(run: OtaRun): string | null {
  return run.context.method === null ? null : METHOD_LABELS[run.context.method];
}

/**
 * The Wi-Fi attempt failed and the machine moved on to InvisOutlet (Deco on Automatic).
 * Said out loud, because the progress bar jumps back when the second attempt starts.
 */
export function fallbackNote(run: OtaRun): string | null {
  if (run.state.name === 'finished') return null;
  const failedWifi = run.context.attempts.find(
    (attempt) => attempt.method === 'wifi' && attempt.result !== 'updated',
  );
  if (!failedWifi) return null;
  const why = failedWifi.reason ? ` ${failedWifi.reason}` : '';
  return `Updating over Wi-Fi did not work.${why} Now trying via InvisOutlet instead.`;
}

export interface RestartCountdown {
  readonly remainingMs: number;
}

/**
 * While the outlet restarts there is no progress to show, only a deadline. Counting down to
 * it tells the person how long the wait can be. Capped at the deadline as seen when the view
 * was made, so a clock that differs from main's cannot stretch it.
 */
export function restartCountdown(view: OtaView, now: number): RestartCountdown | null {
  const { state } = view.run;
  if (state.name !== 'awaiting-restart' && state.name !== 'rebooting') return null;
  const cap = Math.max(0, state.deadline - view.at);
  return { remainingMs: Math.max(0, Math.min(cap, state.deadline - now)) };
}

/** The status line without its running percent, which changes on every push. */
export function phaseWords(view: OtaView): string {
  return view.status.replace(/:\s*\d+\s*%$/, '');
}

/** The last 25 % mark reached: 0, 25, 50, 75 or 100. */
export function milestoneOf(view: OtaView): number {
  return Math.floor(percentOf(view) / 25) * 25;
}

/**
 * What the live region says. It changes only when the phase changes or a 25 % mark is
 * passed, so screen readers hear a handful of announcements, not every progress push.
 */
export function announcement(view: OtaView): string {
  if (view.run.state.name === 'finished') return 'The update has finished.';
  return `${phaseWords(view)}. ${milestoneOf(view)}% done.`;
}
