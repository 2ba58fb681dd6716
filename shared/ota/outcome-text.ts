import type { Attempt, DecoMethod, OtaOutcome } from '../model/ota.js';

const METHOD_WORDS: Record<DecoMethod, string> = {
  wifi: 'via Wi-Fi',
  outlet: 'via InvisOutlet',
};

export function methodWords(method: DecoMethod | null): string {
  return method === null ? 'direct' : METHOD_WORDS[method];
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function attemptLine(attempt: Attempt): string {
  const result = attempt.result === 'updated' ? 'updated' : `${attempt.result}`;
  const why = attempt.reason ? ` (${lowerFirst(attempt.reason.replace(/\.$/, ''))})` : '';
  return `${methodWords(attempt.method)}: ${result}${why}`;
}

/** One paragraph that says truthfully how the update ended and what to do next. */
export function outcomeText(outcome: OtaOutcome): string {
  const part = outcome.target === 'outlet' ? 'outlet' : 'faceplate';
  const from = outcome.fromVersion ?? 'an unknown version';
  const tried =
    outcome.attempts.length > 1
      ? ` Attempts: ${outcome.attempts.map(attemptLine).join('; ')}.`
      : '';
  switch (outcome.outcome) {
    case 'updated':
      return `Updated: the ${part} now runs ${outcome.toVersion ?? 'a new version'} (was ${from}), confirmed by reading the version back.${tried}`;
    case 'already-current':
      return `Already up to date: the ${part} runs ${from}, the latest version available. Nothing was changed.`;
    case 'failed':
      if (outcome.reasonCode === 'cancelled') {
        return `Stopped watching: ${outcome.reason ?? ''} If the ${part} had already started, it may finish updating by itself; read its version again to be sure.${tried}`;
      }
      return `Not updated: ${outcome.reason ?? 'the update failed.'} The ${part} still runs ${outcome.toVersion ?? from}; it is safe to try again.${tried}`;
    case 'unreachable':
      return `Unknown result: ${outcome.reason ?? 'the device stopped answering.'} Check that the outlet has power and is on the network, then read its version again.${tried}`;
  }
}
