import type { RecentDevice } from '../../../shared/ipc/contract.js';

interface Props {
  readonly devices: readonly RecentDevice[];
  readonly disabled: boolean;
  readonly onPick: (device: RecentDevice) => void;
}

function lastSeenWords(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'unknown' : date.toLocaleString();
}

/** Outlets this computer connected to before (main remembers them between runs). */
export function RecentDevices({ devices, disabled, onPick }: Props) {
  if (devices.length === 0) return null;
  return (
    <section className="recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recent outlets</h2>
      <ul className="recent-list">
        {devices.map((device) => (
          <li key={`${device.serial}@${device.host}`}>
            <button
              type="button"
              className="recent-item"
              disabled={disabled}
              onClick={() => onPick(device)}
            >
              <span className="recent-host">{device.host}</span>
              <span className="recent-meta">
                Serial {device.serial} · last connected {lastSeenWords(device.lastSeen)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
