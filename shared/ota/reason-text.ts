import type { OtaTarget, ReasonCode } from '../model/ota.js';

export interface ReasonFacts {
  readonly target: OtaTarget;
  /** The version the device still runs, where known. */
  readonly version: string | null;
}

function partName(target: OtaTarget): string {
  return target === 'outlet' ? 'outlet' : 'faceplate';
}

/** One plain sentence for why an update did not end `updated`. */
export function reasonText(code: ReasonCode, facts: ReasonFacts): string {
  const part = partName(facts.target);
  const still = facts.version ? ` ${facts.version}` : ' its old version';
  switch (code) {
    case 'declined':
      return `The ${part} declined the update (it may already be up to date, or could not reach the update server).`;
    case 'failure-result':
      return `The ${part} reported that the update failed.`;
    case 'stalled':
      return `The ${part} stopped reporting progress.`;
    case 'same-version':
      return `The ${part} reported success but still runs${still}.`;
    case 'not-back':
      return `The ${part} restarted to install the update and did not come back in time.`;
    case 'lost-contact':
      return `Contact with the ${part} was lost during the update; it may still be updating.`;
    case 'version-unreadable':
      return `The ${part} came back but its new version could not be read.`;
    case 'no-faceplate':
      return 'No InvisDeco faceplate is attached to this outlet.';
    case 'faceplate-offline':
      return 'The InvisDeco faceplate is offline; the outlet cannot reach it.';
    case 'device-info-unreadable':
      return 'The device did not report its information, so the update was not started.';
    case 'cancelled':
      return 'The update was cancelled before it finished.';
  }
}
