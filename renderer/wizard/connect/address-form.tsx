import { useRef, useState, type FormEvent } from 'react';
import type { ConnectArgs } from '../../../shared/ipc/contract.js';
import { BusyText } from '../../components/busy-text';
import { Button } from '../../components/button';
import { TextField } from '../../components/text-field';
import { AdvancedOptions } from './advanced-options';
import { portError, toConnectArgs, useAddressForm } from './use-address-form';

interface Props {
  readonly busy: boolean;
  /** The words next to the spinner while connecting; null when not connecting by address. */
  readonly busyText: string | null;
  readonly onConnect: (args: ConnectArgs) => void;
}

/** The address field, the Advanced settings and the Connect button. */
export function AddressForm({ busy, busyText, onConnect }: Props) {
  const { form, errors, setValue, setTransport, touch, touchAll } = useAddressForm();
  const [advancedOpen, setAdvancedOpen] = useState(false);
  const hostRef = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    touchAll();
    const args = toConnectArgs(form);
    if (args) {
      onConnect(args);
      return;
    }
    // Show the problem where it is: open Advanced when a port is wrong, else the address.
    if (portError(form.tcpPort) || portError(form.wsPort)) setAdvancedOpen(true);
    else hostRef.current?.focus();
  }

  return (
    <form className="address-form" noValidate onSubmit={submit} aria-busy={busy}>
      <TextField
        ref={hostRef}
        label="Outlet address"
        hint="The outlet’s IP address or host name, for example 192.168.1.20 or outlet-kitchen.local."
        autoComplete="off"
        spellCheck={false}
        value={form.host}
        error={errors.host}
        onChange={(event) => setValue('host', event.target.value)}
        onBlur={() => touch('host')}
      />
      <AdvancedOptions
        form={form}
        errors={errors}
        open={advancedOpen}
        onToggle={setAdvancedOpen}
        onValue={setValue}
        onBlur={touch}
        onTransport={setTransport}
      />
      <div className="actions">
        <Button type="submit" variant="primary" disabled={busy}>
          Connect
        </Button>
        {busyText ? <BusyText>{busyText}</BusyText> : null}
      </div>
    </form>
  );
}
