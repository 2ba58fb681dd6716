import type { TransportChoice } from '../../../shared/model/ota.js';
import { TextField } from '../../components/text-field';
import type { AddressForm, FieldName } from './use-address-form';

const TRANSPORTS: readonly { value: TransportChoice; label: string }[] = [
  { value: 'auto', label: 'Automatic (try TCP, then WebSocket)' },
  { value: 'tcp', label: 'TCP only (revB outlets)' },
  { value: 'ws', label: 'WebSocket only (revA outlets)' },
];

interface Props {
  readonly form: AddressForm;
  readonly errors: Record<'tcpPort' | 'wsPort', string | null>;
  readonly open: boolean;
  readonly onToggle: (open: boolean) => void;
  readonly onValue: (name: FieldName, value: string) => void;
  readonly onBlur: (name: FieldName) => void;
  readonly onTransport: (transport: TransportChoice) => void;
}

/** Settings almost nobody needs, collapsed so they do not worry a homeowner. */
export function AdvancedOptions({
  form,
  errors,
  open,
  onToggle,
  onValue,
  onBlur,
  onTransport,
}: Props) {
  return (
    <details
      className="advanced"
      open={open}
      onToggle={(event) => onToggle(event.currentTarget.open)}
    >
      <summary>Advanced connection settings</summary>
      <fieldset className="plain-fieldset">
        <legend>Connection type</legend>
        {TRANSPORTS.map((option) => (
          <label key={option.value} className="inline-choice">
            <input
              type="radio"
              name="transport"
              value={option.value}
              checked={form.transport === option.value}
              onChange={() => onTransport(option.value)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      <div className="field-row">
        <TextField
          label="TCP port"
          hint="Leave empty for the default (3333)."
          inputMode="numeric"
          autoComplete="off"
          value={form.tcpPort}
          error={errors.tcpPort}
          onChange={(event) => onValue('tcpPort', event.target.value)}
          onBlur={() => onBlur('tcpPort')}
        />
        <TextField
          label="WebSocket port"
          hint="Leave empty for the default (80)."
          inputMode="numeric"
          autoComplete="off"
          value={form.wsPort}
          error={errors.wsPort}
          onChange={(event) => onValue('wsPort', event.target.value)}
          onBlur={() => onBlur('wsPort')}
        />
      </div>
    </details>
  );
}
