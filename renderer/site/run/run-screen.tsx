import { useEffect, useState } from 'react';
import { Button } from '../../components/button';
import { ErrorMessage } from '../../components/error-message';
import { ProgressBar } from '../../components/progress-bar';
import { StepHeading } from '../../components/step-heading';
import { selectSiteScreenActions, useSiteScreenStore } from '../../stores/site-screen.store';
import {
  selectAnnouncement,
  selectControlStatus,
  selectSiteActions,
  selectSiteJob,
  selectSiteProblem,
  selectSiteProgress,
  selectSiteWarnings,
  useSiteStore,
} from '../../stores/site.store';
import { doneCount } from '../../text/site-announcements';
import type { RunFilter } from '../../text/site-status-words';
import { filterCounts, runHeading, runSummary } from '../../text/run-words';
import { RunControls } from './run-controls';
import { RunFilterButtons } from './run-filter';
import { RunNotices } from './run-notices';
import { RunTable } from './run-table';

/** Run: the device table with live status, the controls above it, the report when done. */
export function RunScreen() {
  const job = useSiteStore(selectSiteJob);
  const progress = useSiteStore(selectSiteProgress);
  const problem = useSiteStore(selectSiteProblem);
  const warnings = useSiteStore(selectSiteWarnings);
  const announcement = useSiteStore(selectAnnouncement);
  const control = useSiteStore(selectControlStatus);
  const site = useSiteStore(selectSiteActions);
  const screens = useSiteScreenStore(selectSiteScreenActions);
  const [filter, setFilter] = useState<RunFilter>('all');

  // Snapshot, then subscribe: events are bound already; this catches up on anything missed.
  useEffect(() => {
    void site.sync();
  }, [site]);

  if (!job) return null;
  const pending = control.name === 'pending';
  const done = doneCount(job);
  const total = job.order.length;
  return (
    <section className="step site-screen" data-site-screen="run" data-control={job.control}>
      <StepHeading>{runHeading(job)}</StepHeading>
      <p className="lead">{runSummary(job)}</p>
      <ProgressBar
        percent={total === 0 ? 0 : (done / total) * 100}
        label="Job progress"
        valueText={`${done} of ${total} devices done`}
      />
      <RunControls job={job} pending={pending} actions={site} />
      {control.name === 'failed' ? (
        <ErrorMessage error={control.error} context="That did not work" showDetail />
      ) : null}
      <RunNotices job={job} problem={problem} warnings={warnings} />
      <RunFilterButtons value={filter} counts={filterCounts(job)} onChange={setFilter} />
      <RunTable
        job={job}
        progress={progress}
        filter={filter}
        busy={pending}
        onConfirm={(deviceId) => void site.confirmCritical(deviceId)}
      />
      {/* Polite, job-level news only (a device finished, the job paused): never every push. */}
      <div className="visually-hidden" aria-live="polite" data-announcement>
        {announcement}
      </div>
      {job.control === 'finished' || job.control === 'paused' ? (
        <div className="actions">
          <Button
            variant={job.control === 'finished' ? 'primary' : 'secondary'}
            onClick={() => screens.goTo('report')}
          >
            Open the report
          </Button>
        </div>
      ) : null}
    </section>
  );
}
