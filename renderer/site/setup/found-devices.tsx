import { addressKey, formatAddress } from '../../../shared/site/device-address.js';
import type { DiscoveredDevice } from '../../../shared/site/discovered-device.js';
import { Button } from '../../components/button';

interface Props {
  readonly found: readonly DiscoveredDevice[];
  readonly probed: number;
  /** Address keys already on the job's list. */
  readonly listed: ReadonlySet<string>;
  readonly onAdd: (device: DiscoveredDevice) => void;
  readonly onAddAll: () => void;
}

export function foundName(device: DiscoveredDevice): string {
  return device.serial ?? device.hostname ?? device.address.host;
}

function hardware(device: DiscoveredDevice): string {
  const transport =
    device.transport === null ? '' : device.transport === 'tcp' ? ' (TCP)' : ' (WebSocket)';
  return `${device.hardwareRevision ?? '?'}${transport}`;
}

/** What the scan found, each addable with one click (or all at once). */
export function FoundDevices({ found, probed, listed, onAdd, onAddAll }: Props) {
  if (found.length === 0) {
    return (
      <p role="status">
        No outlets found ({probed} addresses probed). Check that this computer is on the site
        network, or enter the subnet.
      </p>
    );
  }
  const fresh = found.filter((device) => !listed.has(addressKey(device.address)));
  return (
    <div className="found">
      <p role="status">
        {found.length} {found.length === 1 ? 'outlet' : 'outlets'} found ({probed} addresses
        probed).
      </p>
      <table className="site-table">
        <caption className="visually-hidden">Outlets found by the scan</caption>
        <thead>
          <tr>
            <th scope="col">Serial</th>
            <th scope="col">Address</th>
            <th scope="col">Hardware</th>
            <th scope="col">Firmware</th>
            <th scope="col">Deco</th>
            <th scope="col">
              <span className="visually-hidden">Add</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {found.map((device) => {
            const name = foundName(device);
            const isListed = listed.has(addressKey(device.address));
            return (
              <tr key={addressKey(device.address)} data-found={name}>
                <th scope="row">{name}</th>
                <td>{formatAddress(device.address)}</td>
                <td>{hardware(device)}</td>
                <td>{device.outletVersion ?? 'Unknown'}</td>
                <td>{device.deco ? (device.deco.model ?? 'Yes') : 'None'}</td>
                <td>
                  {isListed ? (
                    <span className="muted">On the list</span>
                  ) : (
                    <Button aria-label={`Add ${name}`} onClick={() => onAdd(device)}>
                      Add
                    </Button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="actions">
        <Button disabled={fresh.length === 0} onClick={onAddAll}>
          Add all ({fresh.length})
        </Button>
      </div>
    </div>
  );
}
