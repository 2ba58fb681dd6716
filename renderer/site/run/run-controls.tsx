import type { JobState } from '../../../shared/site/job-state.js';
import { MAX_CONCURRENCY } from '../../../shared/site/job-state.js';
import { retryableDevices } from '../../../shared/site/job-selectors.js';
import { BusyText } from '../../components/busy-text';
import { Button } from '../../components/button';
import type { SiteState } from '../../stores/site.store';
import { CancelJob } from './cancel-job';

interface Props {
  readonly job: JobState;
  readonly pending: boolean;
  readonly actions: SiteState['actions'];
}

const OPTIONS = Array.from({ length: MAX_CONCURRENCY }, (_, index) => index + 1);

/** Pause / Resume / Cancel, "Retry failed only" and the concurrency, above the table. */
export function RunControls({ job, pending, actions }: Props) {
  const { control } = job;
  const retryable = retryableDevices(job).length;
  return (
    <div className="run-controls" role="group" aria-label="Job controls">
      <div className="actions">
        {control === 'idle' ? (
          <Button variant="primary" disabled={pending} onClick={() => void actions.start()}>
            Start
          </Button>
        ) : null}
        {control === 'running' ? (
          <Button disabled={pending} onClick={() => void actions.pause()}>
            Pause
          </Button>
        ) : null}
        {control === 'paused' ? (
          <Button variant="primary" disabled={pending} onClick={() => void actions.resume()}>
            Resume
          </Button>
        ) : null}
        {retryable > 0 && control !== 'cancelling' ? (
          <Button disabled={pending} onClick={() => void actions.retryFailed()}>
            Retry failed only ({retryable})
          </Button>
        ) : null}
        {control === 'running' || control === 'paused' || control === 'idle' ? (
          <CancelJob disabled={pending} onCancel={() => void actions.cancel()} />
        ) : null}
        {control === 'cancelling' ? (
          <BusyText>Cancelling: waiting for the devices that are updating…</BusyText>
        ) : null}
      </div>
      {control !== 'finished' ? (
        <div className="field field-inline">
          <label htmlFor="run-concurrency">Devices at once</label>
          <select
            id="run-concurrency"
            value={job.concurrency}
            disabled={pending}
            onChange={(event) => void actions.setConcurrency(Number(event.target.value))}
          >
            {OPTIONS.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </div>
  );
}
