import type { AppError } from '../../../shared/errors.js';
import type { JobState } from '../../../shared/site/job-state.js';
import { BusyText } from '../../components/busy-text';
import { Button } from '../../components/button';
import { ErrorMessage } from '../../components/error-message';
import { doneCount } from '../../text/site-announcements';

interface Props {
  readonly job: JobState;
  readonly opening: boolean;
  readonly error: AppError | null;
  readonly onResume: () => void;
  readonly onDismiss: () => void;
}

/**
 * Offered when the app finds a job that did not finish (a crash, a flat laptop, a quit while
 * paused). Resuming re-checks the devices that were mid-update by reading their version.
 */
export function InterruptedBanner({ job, opening, error, onResume, onDismiss }: Props) {
  return (
    <section className="notice notice-warning" aria-labelledby="interrupted-heading">
      <h2 id="interrupted-heading" className="notice-title">
        An interrupted job was found: {job.site || 'unnamed site'}, {doneCount(job)} of{' '}
        {job.order.length} devices done
      </h2>
      <p>
        Resuming carries on where it stopped. Devices that were updating are checked first by
        reading their version, so none is updated twice.
      </p>
      {error ? <ErrorMessage error={error} context="Could not resume the job" /> : null}
      <div className="actions">
        <Button variant="primary" disabled={opening} onClick={onResume}>
          Resume this job
        </Button>
        <Button disabled={opening} onClick={onDismiss}>
          Not now
        </Button>
        {opening ? <BusyText>Opening the job…</BusyText> : null}
      </div>
    </section>
  );
}
