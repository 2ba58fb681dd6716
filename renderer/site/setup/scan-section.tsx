import { addressKey } from '../../../shared/site/device-address.js';
import type { DiscoveredDevice } from '../../../shared/site/discovered-device.js';
import type { SiteDeviceInput } from '../../../shared/site/site-device.js';
import {
  selectFound,
  selectScanActions,
  selectScanProgress,
  selectScanStatus,
  useSiteScanStore,
} from '../../stores/site-scan.store';
import type { DraftDevice } from '../../stores/site-draft.store';
import { FoundDevices, foundName } from './found-devices';
import { ScanPanel } from './scan-panel';

interface Props {
  readonly devices: readonly DraftDevice[];
  readonly onAddMany: (devices: readonly SiteDeviceInput[]) => number;
}

/** A found outlet as a job entry: its serial stands in for the label until edited. */
function toInput(device: DiscoveredDevice): SiteDeviceInput {
  return { label: foundName(device), address: device.address, critical: false };
}

/** "Scan the network": the form, its progress, and what it found. */
export function ScanSection({ devices, onAddMany }: Props) {
  const status = useSiteScanStore(selectScanStatus);
  const progress = useSiteScanStore(selectScanProgress);
  const found = useSiteScanStore(selectFound);
  const scan = useSiteScanStore(selectScanActions);
  const listed = new Set(devices.map((device) => device.key));
  return (
    <section className="site-panel" aria-labelledby="scan-heading">
      <h2 id="scan-heading">Scan the network</h2>
      <ScanPanel status={status} progress={progress} onScan={(args) => void scan.scan(args)} />
      {status.name === 'done' ? (
        <FoundDevices
          found={found}
          probed={status.probed}
          listed={listed}
          onAdd={(device) => onAddMany([toInput(device)])}
          onAddAll={() =>
            onAddMany(
              found.filter((device) => !listed.has(addressKey(device.address))).map(toInput),
            )
          }
        />
      ) : null}
    </section>
  );
}
