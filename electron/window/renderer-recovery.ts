/** A window whose page keeps crashing is loaded again at most this many times (no crash loop). */
export const MAX_RENDERER_RELOADS = 3;

/**
 * Whether a window whose page process went away should load the page again. The update runs
 * in main and carries on either way; a loaded page picks it up at the Update step. A clean
 * exit is not a crash, and after MAX_RENDERER_RELOADS the window is left for the person to
 * close (the log says why).
 */
export function shouldReloadAfterGone(reason: string, reloadsSoFar: number): boolean {
  return reason !== 'clean-exit' && reloadsSoFar < MAX_RENDERER_RELOADS;
}
