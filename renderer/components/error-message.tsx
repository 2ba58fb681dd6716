import type { AppError } from '../../shared/errors.js';
import { errorWords } from '../text/error-words';

interface Props {
  readonly error: AppError;
  /** Says what was being done, e.g. "Could not connect". */
  readonly context?: string;
  /**
   * Also show main's message: for errors whose message is written for people (a disk problem
   * names the file and says what happens now), not for protocol details.
   */
  readonly showDetail?: boolean;
}

/** An error in the app's words with what to try next; role=alert so it is heard at once. */
export function ErrorMessage({ error, context, showDetail = false }: Props) {
  const words = errorWords(error);
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">
        {context ? `${context}: ` : ''}
        {words.title}
      </p>
      {showDetail ? <p className="error-detail">{error.message}</p> : null}
      <p>{words.advice}</p>
    </div>
  );
}
