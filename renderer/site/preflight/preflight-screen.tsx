import { useEffect } from 'react';
import { BusyText } from '../../components/busy-text';
import { Button } from '../../components/button';
import { ErrorMessage } from '../../components/error-message';
import { StepHeading } from '../../components/step-heading';
import {
  selectPreflightActions,
  selectPreflightFor,
  useSitePreflightStore,
} from '../../stores/site-preflight.store';
import { selectSiteScreenActions, useSiteScreenStore } from '../../stores/site-screen.store';
import {
  selectControlStatus,
  selectSiteActions,
  selectSiteJob,
  useSiteStore,
} from '../../stores/site.store';
import { PreflightSummary } from './preflight-summary';
import { PreflightTable } from './preflight-table';

/** Pre-flight: read every device (nothing is changed), show what the run will do, start it. */
export function PreflightScreen() {
  const job = useSiteStore(selectSiteJob);
  const control = useSiteStore(selectControlStatus);
  const site = useSiteStore(selectSiteActions);
  const status = useSitePreflightStore(selectPreflightFor(job?.jobId ?? null));
  const preflight = useSitePreflightStore(selectPreflightActions);
  const screens = useSiteScreenStore(selectSiteScreenActions);
  const jobId = job?.jobId ?? null;

  useEffect(() => {
    if (jobId !== null) void preflight.check(jobId);
  }, [jobId, preflight]);

  if (!job) return null;
  const checking = status.name === 'checking' || status.name === 'idle';
  const pending = control.name === 'pending';

  async function start() {
    if (await site.start()) screens.goTo('run');
  }

  return (
    <section className="step site-screen" data-site-screen="preflight" aria-busy={checking}>
      <StepHeading>Pre-flight: {job.site}</StepHeading>
      <p className="lead">
        Each device is read to see what it runs and what it can install. Nothing is changed on any
        outlet until you start.
      </p>
      {checking ? <BusyText>{`Checking ${job.order.length} devices…`}</BusyText> : null}
      {status.name === 'failed' ? (
        <ErrorMessage error={status.error} context="The devices could not be checked" showDetail />
      ) : null}
      {status.name === 'done' ? (
        <>
          <PreflightSummary job={job} view={status.view} />
          <PreflightTable
            job={job}
            rows={status.view.rows}
            busy={pending}
            onConfirm={(deviceId) => void site.confirmCritical(deviceId)}
          />
        </>
      ) : null}
      {control.name === 'failed' ? (
        <ErrorMessage error={control.error} context="That did not work" showDetail />
      ) : null}
      <div className="actions">
        <Button variant="primary" disabled={checking || pending} onClick={() => void start()}>
          Start
        </Button>
        <Button disabled={checking} onClick={() => void preflight.check(job.jobId)}>
          Check again
        </Button>
        <Button onClick={() => screens.goTo('setup')}>Back to set up</Button>
      </div>
    </section>
  );
}
