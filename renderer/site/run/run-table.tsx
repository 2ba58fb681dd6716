import type { JobState } from '../../../shared/site/job-state.js';
import type { DeviceProgress } from '../../../shared/site/site-events.js';
import { matchesFilter, rowStatus, type RunFilter } from '../../text/site-status-words';
import { RunRow } from './run-row';

interface Props {
  readonly job: JobState;
  readonly progress: Readonly<Record<string, DeviceProgress>>;
  readonly filter: RunFilter;
  readonly busy: boolean;
  readonly onConfirm: (deviceId: string) => void;
}

/** Every device of the job (as filtered), in list order. */
export function RunTable({ job, progress, filter, busy, onConfirm }: Props) {
  const devices = job.order.flatMap((id) => (job.devices[id] ? [job.devices[id]] : []));
  const hasCritical = devices.some((device) => device.spec.critical);
  const shown = devices.filter((device) => matchesFilter(rowStatus(device), filter));
  return (
    <div className="table-scroll" role="region" aria-labelledby="run-caption" tabIndex={0}>
      <table className="site-table">
        <caption id="run-caption">Devices</caption>
        <thead>
          <tr>
            <th scope="col">Device</th>
            <th scope="col">Status</th>
            <th scope="col">Progress or result</th>
            {hasCritical ? <th scope="col">Critical</th> : null}
          </tr>
        </thead>
        <tbody>
          {shown.map((device) => (
            <RunRow
              key={device.spec.id}
              device={device}
              status={rowStatus(device)}
              progress={progress[device.spec.id]}
              critical={hasCritical ? { busy, onConfirm } : null}
            />
          ))}
        </tbody>
      </table>
      {shown.length === 0 ? <p className="muted">No devices match this filter.</p> : null}
    </div>
  );
}
