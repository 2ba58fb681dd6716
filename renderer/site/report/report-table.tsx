import type { ReportRow, VersionChange } from '../../../shared/site/report-rows.js';
import { StatusChip } from '../../components/status-chip';
import { STATUS_MARKS, STATUS_WORDS } from '../../text/site-status-words';
import { RenameCell } from './rename-cell';

/** "1.4.0 → 1.5.0", one version when nothing changed, a dash when there is none. */
export function changeWords(change: VersionChange): string {
  if (change.before === null && change.after === null) return '—';
  if (change.after === null || change.before === change.after) return change.before ?? '?';
  return `${change.before ?? '?'} → ${change.after}`;
}

interface Props {
  readonly rows: readonly ReportRow[];
  readonly ids: readonly string[];
  readonly busy: boolean;
  readonly onRename: (deviceId: string, label: string) => Promise<boolean>;
}

/** Per-device outcomes, as the exported report has them; each device can be renamed here. */
export function ReportTable({ rows, ids, busy, onRename }: Props) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="report-caption" tabIndex={0}>
      <table className="site-table">
        <caption id="report-caption">Outcome per device</caption>
        <thead>
          <tr>
            <th scope="col">Device</th>
            <th scope="col">Serial</th>
            <th scope="col">Hardware</th>
            <th scope="col">Outlet</th>
            <th scope="col">Web UI</th>
            <th scope="col">Deco</th>
            <th scope="col">Method</th>
            <th scope="col">Attempts</th>
            <th scope="col">Duration</th>
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={ids[index] ?? index} data-device-id={ids[index]}>
              <th scope="row">
                <RenameCell
                  deviceId={ids[index] ?? ''}
                  label={row.label}
                  address={row.address}
                  busy={busy}
                  onRename={onRename}
                />
              </th>
              <td>{row.serial ?? '—'}</td>
              <td>{row.hardwareRevision ?? '—'}</td>
              <td>{changeWords(row.outlet)}</td>
              <td>{changeWords(row.web)}</td>
              <td>{changeWords(row.deco)}</td>
              <td>{row.method || '—'}</td>
              <td>{row.attempts}</td>
              <td>{row.durationSeconds === null ? '—' : `${row.durationSeconds} s`}</td>
              <td>
                <StatusChip
                  status={row.outcome}
                  words={STATUS_WORDS[row.outcome]}
                  mark={STATUS_MARKS[row.outcome]}
                />
                {row.detail ? <span className="cell-note">{row.detail}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
