import type { OtaOutcome } from '../../shared/model/ota.js';
import { outcomeText } from '../../shared/ota/outcome-text.js';
import type { OtaSnapshot } from '../ota/ota-runner.js';

/** Where a command reports what happens: JSON lines, a TTY progress bar, or plain lines. */
export interface ProgressOutput {
  event(record: Record<string, unknown>, words: string): void;
  progress(snapshot: OtaSnapshot): void;
  outcome(outcome: OtaOutcome): void;
}

type Write = (text: string) => void;

export function snapshotRecord(snapshot: OtaSnapshot): Record<string, unknown> {
  const { state, context } = snapshot.run;
  return {
    type: 'state',
    state: state.name,
    phase: state.name === 'downloading' ? state.phase : null,
    percent: state.name === 'downloading' ? state.percent : null,
    progress: Math.round(snapshot.progress * 1000) / 1000,
    method: context.method,
    status: snapshot.status,
    at: new Date(snapshot.at).toISOString(),
  };
}

export function outcomeRecord(outcome: OtaOutcome): Record<string, unknown> {
  return {
    type: 'outcome',
    outcome: outcome.outcome,
    target: outcome.target,
    method: outcome.method,
    fromVersion: outcome.fromVersion,
    toVersion: outcome.toVersion,
    reason: outcome.reason,
    reasonCode: outcome.reasonCode,
    attempts: outcome.attempts.map(({ method, result, reason }) => ({ method, result, reason })),
  };
}

export function jsonOutput(write: Write): ProgressOutput {
  return {
    event: (record) => write(`${JSON.stringify(record)}\n`),
    progress: (snapshot) => write(`${JSON.stringify(snapshotRecord(snapshot))}\n`),
    outcome: (outcome) => write(`${JSON.stringify(outcomeRecord(outcome))}\n`),
  };
}

/** Plain lines for logs and pipes: one line whenever the status words change. */
export function plainOutput(write: Write): ProgressOutput {
  let last = '';
  return {
    event: (_record, words) => write(`${words}\n`),
    progress: (snapshot) => {
      // The outcome paragraph follows; a bare "Finished" line would only repeat it.
      if (snapshot.status === last || snapshot.run.state.name === 'finished') return;
      last = snapshot.status;
      write(`${snapshot.status}\n`);
    },
    outcome: (outcome) => write(`\n${outcomeText(outcome)}\n`),
  };
}

const BAR_WIDTH = 30;

/** A single redrawn line with a bar, the overall percent, the phase and the elapsed time. */
export function ttyOutput(write: Write, now: () => number): ProgressOutput {
  const started = now();
  let drawn = false;
  const clear = () => (drawn ? write('\r\x1b[2K') : undefined);
  return {
    event: (_record, words) => {
      clear();
      drawn = false;
      write(`${words}\n`);
    },
    progress: (snapshot) => {
      const filled = Math.round(snapshot.progress * BAR_WIDTH);
      const bar = '#'.repeat(filled) + '-'.repeat(BAR_WIDTH - filled);
      const percent = String(Math.round(snapshot.progress * 100)).padStart(3);
      clear();
      write(`[${bar}] ${percent}%  ${snapshot.status}  ${elapsed(now() - started)}`);
      drawn = true;
    },
    outcome: (outcome) => {
      clear();
      drawn = false;
      write(`${outcomeText(outcome)}\n`);
    },
  };
}

function elapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
