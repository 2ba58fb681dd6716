import { appError, type AppError } from '../../shared/errors.js';
import { err, type Result } from '../../shared/result.js';

/**
 * Expected failures arrive as Result values; a rejected promise means the bridge itself broke
 * (a bug, or main went away). Folding that into an `internal` error keeps every store on one
 * path: show words from the error table, never an unhandled rejection.
 */
export async function settle<T>(call: () => Promise<Result<T, AppError>>): Promise<Result<T>> {
  try {
    return await call();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return err(appError('internal', message));
  }
}
