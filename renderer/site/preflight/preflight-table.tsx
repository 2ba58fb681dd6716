import type { SitePreflightRow } from '../../../shared/ipc/site-contract.js';
import { formatAddress } from '../../../shared/site/device-address.js';
import type { JobState } from '../../../shared/site/job-state.js';
import {
  decoWords,
  outletWords,
  reachableWords,
  webWords,
  willUpdateWords,
} from '../../text/preflight-words';
import { CriticalCell } from '../critical-cell';
import { WordsCell } from '../words-cell';

interface Props {
  readonly job: JobState;
  readonly rows: readonly SitePreflightRow[];
  readonly busy: boolean;
  readonly onConfirm: (deviceId: string) => void;
}

/** One row per device: what it is, what it runs, what the run will install, and its gate. */
export function PreflightTable({ job, rows, busy, onConfirm }: Props) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="preflight-caption" tabIndex={0}>
      <table className="site-table">
        <caption id="preflight-caption">Devices checked</caption>
        <thead>
          <tr>
            <th scope="col">Device</th>
            <th scope="col">Reachable</th>
            <th scope="col">Hardware</th>
            <th scope="col">Outlet</th>
            <th scope="col">Web UI</th>
            <th scope="col">Deco</th>
            <th scope="col">Will update</th>
            <th scope="col">Critical</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ deviceId, check, needs }) => {
            const device = job.devices[deviceId];
            if (!device) return null;
            return (
              <tr
                key={deviceId}
                data-device-id={deviceId}
                className={check.reachable ? undefined : 'row-problem'}
              >
                <th scope="row">
                  {device.spec.label}
                  <span className="cell-note">{formatAddress(device.spec.address)}</span>
                </th>
                <td>{reachableWords(check)}</td>
                <td>{check.hardwareRevision ?? '—'}</td>
                <td>
                  <WordsCell words={outletWords(check)} />
                </td>
                <td>
                  <WordsCell words={webWords(check)} />
                </td>
                <td>
                  <WordsCell words={decoWords(check)} />
                </td>
                <td>{willUpdateWords(check, needs)}</td>
                <td>
                  <CriticalCell device={device} busy={busy} onConfirm={onConfirm} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
