import type { JobState } from '../../../shared/site/job-state.js';
import { jobTotals, totalsLine } from '../../../shared/site/site-totals.js';
import type { SiteProblem } from '../../../shared/site/site-events.js';
import { Notice } from '../../components/notice';
import { PAUSE_WORDS } from '../../text/site-announcements';

interface Props {
  readonly job: JobState;
  readonly problem: SiteProblem | null;
  readonly warnings: readonly string[];
}

/** Why the job stopped, said where the controls are: auto-pause, disk, or finished. */
export function RunNotices({ job, problem, warnings }: Props) {
  const { control, pauseReason } = job;
  return (
    <>
      {warnings.length > 0 ? (
        <Notice tone="info" title="The job was reopened from its journal.">
          {warnings.map((warning) => (
            <p key={warning}>{warning}</p>
          ))}
        </Notice>
      ) : null}
      {problem ? (
        <div className="notice notice-error" role="alert" data-problem={problem.code}>
          <p className="notice-title">A problem needs your attention.</p>
          <p>{problem.message}</p>
        </div>
      ) : null}
      {control === 'paused' && pauseReason === 'failures' ? (
        <Notice
          tone="warning"
          title="Something may be wrong on site — check the Wi-Fi, then Resume."
        >
          <p data-pause-reason="failures">{PAUSE_WORDS.failures}</p>
        </Notice>
      ) : null}
      {control === 'paused' && pauseReason === 'disk' ? (
        <Notice tone="warning" title="Paused: a file could not be written.">
          <p data-pause-reason="disk">{PAUSE_WORDS.disk}</p>
        </Notice>
      ) : null}
      {control === 'paused' && pauseReason === 'user' ? (
        <Notice tone="info">
          <p data-pause-reason="user">{PAUSE_WORDS.user}</p>
        </Notice>
      ) : null}
      {control === 'finished' ? (
        <Notice tone="info" title="The job is finished.">
          <p>{totalsLine(jobTotals(job))}.</p>
        </Notice>
      ) : null}
    </>
  );
}
