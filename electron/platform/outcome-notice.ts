import type { OtaOutcome } from '../../shared/model/ota.js';
import { outcomeText } from '../../shared/ota/outcome-text.js';

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
