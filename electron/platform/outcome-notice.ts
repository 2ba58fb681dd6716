import type { OtaOutcome } from '../../shared/model/ota.js';
import { outcomeText } from '../../shared/ota/outcome-text.js';
import type { JobControl } from '../../shared/site/job-state.js';

export interface Notice {
  readonly title: string;
  readonly body: string;
}

/**
 * The OS notification for a finished update: a short headline, then the same truthful
 * paragraph the Result step shows (no "success" for an update that was not confirmed).
 */
export function outcomeNotice(outcome: OtaOutcome): Notice {
  const part = outcome.target === 'outlet' ? 'Outlet' : 'Faceplate';
  const title = {
    updated: `${part} updated`,
    'already-current': `${part} already up to date`,
    failed: `${part} not updated`,
    unreachable: `${part} update: result unknown`,
  }[outcome.outcome];
  return { title, body: outcomeText(outcome) };
}

/**
 * The OS notification when a site job stops running devices: the installer may have walked
 * away, and a paused job (3 failures in a row, a disk problem) needs them back.
 */
export function siteIdleNotice(control: JobControl): Notice | null {
  switch (control) {
    case 'finished':
      return {
        title: 'Site job finished',
        body: 'Every device has an outcome. Open Invis Updater to check them and export the report.',
      };
    case 'paused':
      return {
        title: 'Site job paused',
        body: 'No device is updating now. Open Invis Updater to see why, then resume the job.',
      };
    default:
      return null;
  }
}
