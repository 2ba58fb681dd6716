import type { DeviceView } from '../../../shared/ipc/contract.js';
import type { OtaOutcome, OtaTarget } from '../../../shared/model/ota.js';
import { targetAvailability } from '../../text/update-availability';

/** The other part of the device, offered after a run when it exists and has an update. */
export function otherTargetWithUpdate(
  device: DeviceView | null,
  outcome: OtaOutcome,
): OtaTarget | null {
  if (!device || device.updates === null) return null; // only offer what is known to exist
  if (outcome.outcome === 'unreachable') return null; // the device is not answering yet
  const other: OtaTarget = outcome.target === 'outlet' ? 'deco' : 'outlet';
  const module = other === 'outlet' ? device.updates.outlet : device.updates.deco;
  const hasUpdate =
    module?.hasUpdate === true || (other === 'outlet' && device.updates.web?.hasUpdate === true);
  return hasUpdate && targetAvailability(device, other).selectable ? other : null;
}

function notUpdated(outcome: OtaOutcome): boolean {
  return outcome.outcome === 'failed' || outcome.outcome === 'unreachable';
}

/**
 * The device did not come back in time: the first thing to do is to look again (it may have
 * finished by itself), not to start another update.
 */
export function shouldCheckAgain(outcome: OtaOutcome): boolean {
  return outcome.outcome === 'unreachable';
}

/** Trying again makes sense only when the update did not happen (or may not have). */
export function canTryAgain(outcome: OtaOutcome): boolean {
  return notUpdated(outcome) && outcome.reasonCode !== 'no-faceplate';
}

/**
 * The docs' own advice when a faceplate's Wi-Fi update gives trouble: try via InvisOutlet.
 * Offered when every attempt was over Wi-Fi (the person chose Wi-Fi only) and it did not work;
 * Automatic has already tried InvisOutlet by itself.
 */
export function canTryViaOutlet(outcome: OtaOutcome): boolean {
  return (
    outcome.target === 'deco' &&
    notUpdated(outcome) &&
    outcome.reasonCode !== 'cancelled' &&
    outcome.attempts.length > 0 &&
    outcome.attempts.every((attempt) => attempt.method === 'wifi')
  );
}
