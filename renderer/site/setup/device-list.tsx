import { formatAddress } from '../../../shared/site/device-address.js';
import { Button } from '../../components/button';
import type { DraftDevice } from '../../stores/site-draft.store';

interface Props {
  readonly devices: readonly DraftDevice[];
  readonly error: string | null;
  readonly onLabel: (key: string, label: string) => void;
  readonly onCritical: (key: string, critical: boolean) => void;
  readonly onRemove: (key: string) => void;
}

/**
 * The devices the job will hold, editable in place: label (room, position), whether it is
 * critical, or off the list. The address is the row's header: it is what makes a row unique.
 */
export function DeviceList({ devices, error, onLabel, onCritical, onRemove }: Props) {
  return (
    <section className="site-panel" aria-labelledby="device-list-heading">
      <h2 id="device-list-heading">Devices in this job ({devices.length})</h2>
      {devices.length === 0 ? (
        <p className={error ? 'field-error' : 'muted'}>
          {error ?? 'No devices yet: add them by address, from a CSV file, or by scanning.'}
        </p>
      ) : (
        <table className="site-table">
          <thead>
            <tr>
              <th scope="col">Address</th>
              <th scope="col">Label</th>
              <th scope="col">Critical</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {devices.map((device) => {
              const address = formatAddress(device.address);
              return (
                <tr key={device.key} data-address={address}>
                  <th scope="row">{address}</th>
                  <td>
                    <input
                      className="cell-input"
                      aria-label={`Label for ${address}`}
                      value={device.label}
                      onChange={(event) => onLabel(device.key, event.target.value)}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Critical: ${device.label || address}`}
                      checked={device.critical}
                      onChange={(event) => onCritical(device.key, event.target.checked)}
                    />
                  </td>
                  <td>
                    <Button
                      aria-label={`Remove ${device.label || address}`}
                      onClick={() => onRemove(device.key)}
                    >
                      Remove
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
