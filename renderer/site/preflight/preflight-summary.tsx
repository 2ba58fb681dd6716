import type { SitePreflightView } from '../../../shared/ipc/site-contract.js';
import { durationWords } from '../../../shared/site/estimate.js';
import type { JobState } from '../../../shared/site/job-state.js';
import { FactList } from '../../components/fact-list';
import { Notice } from '../../components/notice';

interface Props {
  readonly job: JobState;
  readonly view: SitePreflightView;
}

/** The totals above the table, the battery warning and what "critical" means here. */
export function PreflightSummary({ job, view }: Props) {
  const total = view.rows.length;
  const critical = job.order.filter((id) => job.devices[id]?.spec.critical);
  const unconfirmed = critical.filter((id) => !job.devices[id]?.confirmed);
  return (
    <>
      <FactList
        facts={[
          { term: 'Reachable', value: `${view.reachable} of ${total} devices` },
          { term: 'To update', value: `${view.toUpdate} of ${total} devices` },
          {
            term: 'Estimated time',
            value: `${durationWords(view.estimateSeconds)}, ${job.concurrency} at once`,
          },
        ]}
      />
      {view.power === 'battery' ? (
        <Notice tone="warning" title="This computer is running on battery.">
          <p>
            A job of this length may be cut short if the computer sleeps or its battery runs out.
            Plug it in before you start.
          </p>
        </Notice>
      ) : null}
      {critical.length > 0 ? (
        <Notice tone="warning" title="Critical devices need your confirmation.">
          <p>
            Updating restarts an outlet, so the sockets of a critical device lose power briefly
            (about a minute) while it restarts. Make sure what it powers can take that, then confirm
            each one with “Confirm restart”.
          </p>
          {unconfirmed.length > 0 ? (
            <p>
              {unconfirmed.length} of {critical.length} not confirmed yet: those are left alone and
              reported as needing confirmation.
            </p>
          ) : null}
        </Notice>
      ) : null}
    </>
  );
}
