import type { UnfinishedUpdate } from '../../shared/ipc/contract.js';
import type { RecheckVerdict } from '../../shared/site/recovered-outcome.js';

/** "the outlet" or "the faceplate": what the interrupted update was installing into. */
function partOf(update: UnfinishedUpdate): string {
  return update.target === 'outlet' ? 'the outlet' : 'the faceplate';
}

function versionBefore(update: UnfinishedUpdate): string | null {
  return update.target === 'outlet' ? update.from.outlet : update.from.deco;
}

function whenWords(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'earlier' : `on ${date.toLocaleString()}`;
}

/** One line saying which update's end the app missed (it closed, or the outlet never came back). */
export function unfinishedSummary(update: UnfinishedUpdate): string {
  const what = update.target === 'outlet' ? 'outlet firmware' : 'faceplate (InvisDeco)';
  return `The updater did not see how the ${what} update of outlet ${update.serial} at ${update.address.host}, started ${whenWords(update.startedAt)}, ended.`;
}

/** Whether the words below are good news, or something to act on. */
export function verdictTone(verdict: RecheckVerdict): 'info' | 'warning' {
  return verdict.kind === 'moved' || verdict.kind === 'current' ? 'info' : 'warning';
}

/** True when the check settled what became of the update; false when it is worth trying again. */
export function verdictIsFinal(verdict: RecheckVerdict): boolean {
  return verdict.kind === 'moved' || verdict.kind === 'current' || verdict.kind === 'rerun';
}

/** What the check found, in plain words, with what to do next. */
export function verdictWords(update: UnfinishedUpdate, verdict: RecheckVerdict): string {
  const part = partOf(update);
  const host = update.address.host;
  switch (verdict.kind) {
    case 'moved':
      return `The update finished: ${part} now runs ${verdict.toVersion}.`;
    case 'current':
      return `Nothing is left to install: ${part} is up to date.`;
    case 'rerun': {
      const before = versionBefore(update);
      const still = before ? `still runs ${before}` : 'still runs its old version';
      return `The update did not take effect: ${part} ${still}. You can update it again.`;
    }
    case 'still-busy':
      return `The outlet at ${host} is still busy with the update. Check again in a few minutes.`;
    case 'unreachable':
      return `The outlet at ${host} did not answer. It may still be restarting, or it may have a new address. Check again in a few minutes.`;
    case 'wrong-device':
      return `A different outlet (serial ${verdict.serial}) answers at ${host} now. Find this outlet's new address and connect to it there.`;
  }
}
