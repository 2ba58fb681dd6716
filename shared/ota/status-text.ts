import type { Outcome } from '../model/ota.js';
import type { DownloadPhase, OtaRun } from './types.js';

const PHASE_WORDS: Record<DownloadPhase, string> = {
  web: 'Updating the web interface',
  firmware: 'Updating the outlet firmware',
  faceplate: 'Updating the faceplate',
};

const FINISHED_WORDS: Record<Outcome, string> = {
  updated: 'Updated',
  'already-current': 'Already up to date',
  failed: 'Not updated',
  unreachable: 'Result unknown: the device did not come back',
};

/** True while a Deco run is on its second attempt, after Wi-Fi failed. */
export function fellBackFromWifi(run: OtaRun): boolean {
  return (
    run.context.method === 'outlet' &&
    run.context.attempts.some(
      (attempt) => attempt.method === 'wifi' && attempt.result !== 'updated',
    )
  );
}

/** A short status line in plain words for the current step of a run (CLI and wizard). */
export function statusText(run: OtaRun): string {
  const { state, context } = run;
  const part = context.target === 'outlet' ? 'outlet' : 'faceplate';
  const via =
    context.method === 'wifi'
      ? ' (via Wi-Fi)'
      : context.method === 'outlet'
        ? ' (via InvisOutlet)'
        : '';
  switch (state.name) {
    case 'checking':
      return 'Checking the device';
    case 'starting':
      if (state.ack === 'waiting' && fellBackFromWifi(run)) {
        return 'The Wi-Fi attempt failed; now trying via InvisOutlet';
      }
      return state.ack === 'accepted'
        ? `The ${part} accepted the update${via}; waiting for the download to begin`
        : `Asking the ${part} to update${via}`;
    case 'awaiting-restart':
      return 'The outlet is restarting to update; reconnecting';
    case 'downloading':
      return `${PHASE_WORDS[state.phase]}${state.phase === 'faceplate' ? via : ''}: ${state.percent}%`;
    case 'rebooting':
      return 'The outlet is restarting into the new firmware';
    case 'verifying':
      return `Verifying the new ${part} version`;
    case 'finished':
      return FINISHED_WORDS[state.outcome.outcome];
  }
}
