import type { SiteProblem } from '../../shared/site/site-events.js';

function errnoOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/**
 * A failed write as words an installer can act on. `what` names the file's role ("the job
 * journal", "the report"); `after` says what happens now.
 */
export function diskProblem(
  error: unknown,
  what: string,
  path: string,
  after: string,
): SiteProblem {
  const errno = errnoOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (errno === 'ENOSPC' || errno === 'EDQUOT') {
    return {
      code: 'disk-full',
      message: `The disk is full: could not write ${what} (${path}). ${after}`,
    };
  }
  if (errno === 'EACCES' || errno === 'EPERM' || errno === 'EROFS') {
    return {
      code: 'disk-denied',
      message: `Not allowed to write ${what} (${path}): ${detail}. ${after}`,
    };
  }
  return { code: 'disk', message: `Could not write ${what} (${path}): ${detail}. ${after}` };
}
