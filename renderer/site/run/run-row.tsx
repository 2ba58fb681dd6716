import { formatAddress } from '../../../shared/site/device-address.js';
import type { DeviceState } from '../../../shared/site/job-state.js';
import type { DeviceProgress } from '../../../shared/site/site-events.js';
import { ProgressBar } from '../../components/progress-bar';
import { StatusChip } from '../../components/status-chip';
import { STATUS_MARKS, STATUS_WORDS, type RowStatus } from '../../text/site-status-words';
import { CriticalCell } from '../critical-cell';

interface Props {
  readonly device: DeviceState;
  readonly status: RowStatus;
  readonly progress: DeviceProgress | undefined;
  /** Null when the job has no critical device (the column is left out). */
  readonly critical: { readonly busy: boolean; readonly onConfirm: (id: string) => void } | null;
}

function afterWords(device: DeviceState): string {
  const after = device.after;
  if (!after) return '';
  const parts = [
    after.outlet ? `Outlet ${after.outlet}` : null,
    after.web ? `Web UI ${after.web}` : null,
    after.deco ? `Deco ${after.deco}` : null,
  ].filter(Boolean);
  return parts.join(' · ');
}

function Detail({ device, status, progress }: Omit<Props, 'critical'>) {
  if (status === 'running') {
    if (!progress) return <span>Starting…</span>;
    const percent = Math.round(progress.fraction * 100);
    return (
      <div className="row-progress">
        <ProgressBar
          percent={percent}
          label={`Progress of ${device.spec.label}`}
          valueText={`${percent}% — ${progress.status}`}
        />
        <span>{progress.status}</span>
      </div>
    );
  }
  if (status === 'queued') return <span className="muted">Waiting for its turn</span>;
  return <span>{device.reason ?? afterWords(device)}</span>;
}

/** One device of the Run table: its chip, and its live progress or how it ended. */
export function RunRow({ device, status, progress, critical }: Props) {
  return (
    <tr data-device-id={device.spec.id}>
      <th scope="row">
        {device.spec.label}
        <span className="cell-note">{formatAddress(device.spec.address)}</span>
      </th>
      <td>
        <StatusChip status={status} words={STATUS_WORDS[status]} mark={STATUS_MARKS[status]} />
      </td>
      <td>
        <Detail device={device} status={status} progress={progress} />
      </td>
      {critical ? (
        <td>
          <CriticalCell device={device} busy={critical.busy} onConfirm={critical.onConfirm} />
        </td>
      ) : null}
    </tr>
  );
}
