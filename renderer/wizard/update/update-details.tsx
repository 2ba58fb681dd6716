import type { OtaView } from '../../../shared/ipc/contract.js';
import { Notice } from '../../components/notice';
import { ProgressBar } from '../../components/progress-bar';
import { formatDuration } from '../../text/time-words';
import {
  fallbackNote,
  methodLabel,
  percentOf,
  phaseWords,
  restartCountdown,
} from '../../text/update-words';

interface Props {
  readonly view: OtaView;
  readonly now: number;
}

/** Everything the Update step shows about the run; re-rendered every second for the clocks. */
export function UpdateDetails({ view, now }: Props) {
  const percent = percentOf(view);
  const countdown = restartCountdown(view, now);
  const method = methodLabel(view.run);
  const fallback = fallbackNote(view.run);
  const elapsed = Math.max(0, now - view.startedAt);
  return (
    <>
      <p className="status-line">{view.status}</p>
      <ProgressBar
        percent={percent}
        label="Update progress"
        valueText={`${percent}% — ${phaseWords(view)}`}
      />
      <p className="progress-numbers">
        <span>{percent}% done</span>
        <span>
          Time elapsed:{' '}
          <time dateTime={`PT${Math.floor(elapsed / 1000)}S`}>{formatDuration(elapsed)}</time>
        </span>
      </p>
      {countdown ? (
        <Notice tone="info">
          <p className="countdown">
            Restarting, reconnecting… up to{' '}
            {formatDuration(Math.ceil(countdown.remainingMs / 1000) * 1000)} left
          </p>
          <p>This is expected: the outlet restarts to install the update.</p>
        </Notice>
      ) : null}
      {method ? <p>Method: {method}</p> : null}
      {fallback ? (
        <Notice tone="warning">
          <p className="fallback">{fallback}</p>
        </Notice>
      ) : null}
    </>
  );
}
