import type { DeviceState } from '../../shared/site/job-state.js';
import { Button } from '../components/button';

interface Props {
  readonly device: DeviceState;
  readonly busy: boolean;
  readonly onConfirm: (deviceId: string) => void;
}

/**
 * A critical device is restarted only after this per-device confirmation; a plain device
 * shows a dash. The button names the device, so a list of them stays tellable apart.
 */
export function CriticalCell({ device, busy, onConfirm }: Props) {
  if (!device.spec.critical) return <span className="muted">—</span>;
  if (device.confirmed) {
    // Not a device status (no data-status): a note beside it, styled like a chip.
    return (
      <span className="chip chip-confirmed" data-critical="confirmed">
        <span className="chip-mark" aria-hidden="true">
          ✓
        </span>
        Confirmed
      </span>
    );
  }
  return (
    <Button
      variant="danger"
      aria-label={`Confirm restart of ${device.spec.label}`}
      disabled={busy}
      onClick={() => onConfirm(device.spec.id)}
    >
      Confirm restart
    </Button>
  );
}
