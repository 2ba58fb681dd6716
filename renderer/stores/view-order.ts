import type { OtaView } from '../../shared/ipc/contract.js';

/**
 * Whether `next` should replace `current` for the same run. The snapshot from `ota:get-state`
 * and pushed events can arrive in either order, so the older one must not win: `at` is the
 * time of the last transition, and at a tie a finished run is never un-finished.
 */
export function isNewerView(next: OtaView, current: OtaView): boolean {
  if (next.at !== current.at) return next.at > current.at;
  return !(current.run.state.name === 'finished' && next.run.state.name !== 'finished');
}
