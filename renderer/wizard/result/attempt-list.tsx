import type { Attempt } from '../../../shared/model/ota.js';
import { attemptWords } from '../../text/outcome-words';

/** Every attempt with its method and reason: the truthful record for installers. */
export function AttemptList({ attempts }: { readonly attempts: readonly Attempt[] }) {
  return (
    <section aria-labelledby="attempts-heading">
      <h2 id="attempts-heading">Attempts</h2>
      {attempts.length === 0 ? (
        <p>No update was started on the device.</p>
      ) : (
        <ol className="attempts">
          {attempts.map((attempt, index) => (
            <li key={index}>{attemptWords(attempt)}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
