import type { Outcome } from '../../shared/model/ota.js';

/** The CLI's contract: 0 updated or current, 1 failed, 2 bad usage, 3 unreachable. */
export const ExitCode = { ok: 0, failed: 1, usage: 2, unreachable: 3 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export function exitCodeFor(outcome: Outcome): ExitCode {
  switch (outcome) {
    case 'updated':
    case 'already-current':
      return ExitCode.ok;
    case 'failed':
      return ExitCode.failed;
    case 'unreachable':
      return ExitCode.unreachable;
  }
}

/** A problem with how the command was called: one line on stderr, exit 2. */
export class UsageError extends Error {}
