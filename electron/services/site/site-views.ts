import { appError, assertNever, type AppError } from '../../../shared/errors.js';
import type { SiteJobView, SitePreflightView } from '../../../shared/ipc/site-contract.js';
import type { SiteProblem } from '../../../shared/site/site-events.js';
import type { PreflightSummary } from '../../site/preflight.js';
import type { OpenJob } from './open-jobs.js';

/** A job as the Site view sees it: its journal-backed state and the live progress column. */
export function jobView({ job, warnings, seq }: OpenJob): SiteJobView {
  return {
    state: job.state,
    seq: seq(),
    progress: job.progress(),
    journalPath: job.journalPath,
    warnings,
  };
}

/** The engine's summary already has the contract's shape; copied so the two can drift apart. */
export function preflightView(summary: PreflightSummary): SitePreflightView {
  const { rows, reachable, toUpdate, estimateSeconds, power } = summary;
  return { rows, reachable, toUpdate, estimateSeconds, power };
}

/**
 * Site problems as AppError values. A disk problem keeps its message (it names the file and
 * says what happens now) and is retryable: once there is space, the same call works.
 */
export function problemError(problem: SiteProblem): AppError {
  switch (problem.code) {
    case 'disk-full':
    case 'disk-denied':
    case 'disk':
      return appError('disk', problem.message, true);
    case 'internal':
      return appError('internal', problem.message);
    default:
      return assertNever(problem.code);
  }
}
