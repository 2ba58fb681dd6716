import type { OtaRun } from './types.js';

/**
 * Overall progress 0..1 from fixed phase weights, so one bar can cover the web-UI phase,
 * the main image, the restart and the verification. Each phase owns a slice of the bar.
 */
const SLICES = {
  starting: [0, 0.03],
  web: [0.03, 0.25],
  firmware: [0.25, 0.85],
  faceplate: [0.03, 0.85],
  rebooting: [0.85, 0.93],
  verifying: [0.93, 1],
} as const;

function within(slice: readonly [number, number], fraction: number): number {
  const [from, to] = slice;
  return from + (to - from) * Math.max(0, Math.min(1, fraction));
}

export function overallProgress(run: OtaRun): number {
  const { state, context } = run;
  switch (state.name) {
    case 'checking':
      return 0;
    case 'starting':
    case 'awaiting-restart':
      return within(
        SLICES.starting,
        state.name === 'starting' && state.ack === 'accepted' ? 1 : 0.5,
      );
    case 'downloading': {
      // Without a web phase (revB, or the faceplate) the image gets the whole download slice.
      const slice =
        state.phase === 'firmware' && context.isRevB
          ? ([0.03, 0.85] as const)
          : SLICES[state.phase];
      return within(slice, state.percent / 100);
    }
    case 'rebooting':
      return within(SLICES.rebooting, state.dropped ? 0.5 : 0);
    case 'verifying':
      return within(SLICES.verifying, 0.5);
    case 'finished':
      return 1;
  }
}
