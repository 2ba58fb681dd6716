import type { AppError } from '../../shared/errors.js';
import { errorWords } from '../text/error-words';

interface Props {
  readonly error: AppError;
  /** Says what was being done, e.g. "Could not connect". */
  readonly context?: string;
}

/** An error in the app's words with what to try next; role=alert so it is heard at once. */
export function ErrorMessage({ error, context }: Props) {
  const words = errorWords(error);
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">
        {context ? `${context}: ` : ''}
        {words.title}
      </p>
      <p>{words.advice}</p>
    </div>
  );
}
