import { useRef, useState, type FormEvent } from 'react';
import { parseAddressInput } from '../../../shared/site/device-address.js';
import type { SiteDeviceInput } from '../../../shared/site/site-device.js';
import { Button } from '../../components/button';
import { CheckField } from '../../components/check-field';
import { TextField } from '../../components/text-field';

interface Props {
  /** False when the device is already on the list. */
  readonly onAdd: (device: SiteDeviceInput) => boolean;
}

export const CRITICAL_HINT =
  'It powers something that must not lose power unannounced (a fridge, a server, medical equipment). It is restarted only after you confirm it.';

/** Add one device by address: `host`, `host:port` (revB TCP port) or an IPv6 literal. */
export function AddDeviceForm({ onAdd }: Props) {
  const [address, setAddress] = useState('');
  const [label, setLabel] = useState('');
  const [critical, setCritical] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const addressRef = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseAddressInput(address);
    if (!parsed.ok) {
      setError(parsed.error);
      addressRef.current?.focus();
      return;
    }
    const added = onAdd({
      label: label.trim() || address.trim(),
      address: { ...parsed.value, wsPort: null },
      critical,
    });
    if (!added) {
      setError('That device is already on the list.');
      addressRef.current?.focus();
      return;
    }
    setAddress('');
    setLabel('');
    setCritical(false);
    setError(null);
    addressRef.current?.focus();
  }

  return (
    <form
      className="site-panel site-form"
      noValidate
      onSubmit={submit}
      aria-labelledby="add-heading"
    >
      <h2 id="add-heading">Add a device</h2>
      <div className="field-row">
        <TextField
          ref={addressRef}
          label="Address"
          hint="For example 192.168.1.20, outlet-kitchen.local, 192.168.1.20:3333 or [fe80::1]:3333."
          autoComplete="off"
          spellCheck={false}
          value={address}
          error={error}
          onChange={(event) => setAddress(event.target.value)}
        />
        <TextField
          label="Label"
          hint="Room and position, e.g. Kitchen, left of the sink."
          autoComplete="off"
          value={label}
          onChange={(event) => setLabel(event.target.value)}
        />
      </div>
      <CheckField
        label="Critical"
        hint={CRITICAL_HINT}
        checked={critical}
        onChange={(event) => setCritical(event.target.checked)}
      />
      <div className="actions">
        <Button type="submit">Add device</Button>
      </div>
    </form>
  );
}
