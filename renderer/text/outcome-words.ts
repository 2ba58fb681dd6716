import type { Attempt, OtaOutcome, Outcome } from '../../shared/model/ota.js';
import { methodWords, outcomeText } from '../../shared/ota/outcome-text.js';

/** The big heading on Result: short, and never claims more than the outcome says. */
export const OUTCOME_HEADINGS: Record<Outcome, string> = {
  updated: 'Updated',
  'already-current': 'Already up to date',
  failed: 'Not updated',
  unreachable: 'Result unknown — check the device',
};

const RESULT_WORDS: Record<Outcome, string> = {
  updated: 'updated',
  'already-current': 'already up to date',
  failed: 'not updated',
  unreachable: 'result unknown',
};

export function outcomeHeading(outcome: OtaOutcome): string {
  return OUTCOME_HEADINGS[outcome.outcome];
}

/** The paragraph under the heading: the shared words the CLI prints too. */
export function outcomeParagraph(outcome: OtaOutcome): string {
  return outcomeText(outcome);
}

export function partWords(outcome: OtaOutcome): string {
  return outcome.target === 'outlet' ? 'Outlet' : 'Faceplate (InvisDeco)';
}

/** The version now running, as far as the run knows it. */
export function versionAfter(outcome: OtaOutcome): string {
  switch (outcome.outcome) {
    case 'updated':
      return outcome.toVersion ?? 'A new version (not read)';
    case 'already-current':
      return outcome.toVersion ?? outcome.fromVersion ?? 'Unknown';
    case 'failed':
      return outcome.toVersion ?? outcome.fromVersion ?? 'Unknown';
    case 'unreachable':
      return 'Unknown until the device answers again';
  }
}

/** One line per attempt: "Via Wi-Fi: not updated — The faceplate stopped reporting progress." */
export function attemptWords(attempt: Attempt): string {
  const method = attempt.method === null ? 'direct to the outlet' : methodWords(attempt.method);
  const label = method.charAt(0).toUpperCase() + method.slice(1);
  const reason = attempt.reason ? ` — ${attempt.reason}` : '';
  return `${label}: ${RESULT_WORDS[attempt.result]}${reason}`;
}
