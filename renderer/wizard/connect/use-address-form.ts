import { useState } from 'react';
import type { ConnectArgs } from '../../../shared/ipc/contract.js';
import { validateHost, validatePort } from '../../../shared/model/address.js';
import type { TransportChoice } from '../../../shared/model/ota.js';

export interface AddressForm {
  readonly host: string;
  readonly transport: TransportChoice;
  readonly tcpPort: string;
  readonly wsPort: string;
  /** Messages appear only after the field was left once or the form was submitted. */
  readonly touched: { readonly host: boolean; readonly tcpPort: boolean; readonly wsPort: boolean };
}

export type FieldName = keyof AddressForm['touched'];

const initial: AddressForm = {
  host: '',
  transport: 'auto',
  tcpPort: '',
  wsPort: '',
  touched: { host: false, tcpPort: false, wsPort: false },
};

/** An empty port means "the default"; anything else must be a valid port number. */
export function portError(text: string): string | null {
  if (text.trim() === '') return null;
  const result = validatePort(Number(text));
  return result.ok ? null : result.error;
}

export function hostError(text: string): string | null {
  const result = validateHost(text);
  return result.ok ? null : result.error;
}

/** Turns a valid form into the `device:connect` argument, or null when something is wrong. */
export function toConnectArgs(form: AddressForm): ConnectArgs | null {
  const host = validateHost(form.host);
  if (!host.ok || portError(form.tcpPort) || portError(form.wsPort)) return null;
  return {
    host: host.value,
    ...(form.transport === 'auto' ? {} : { transport: form.transport }),
    ...(form.tcpPort.trim() ? { tcpPort: Number(form.tcpPort) } : {}),
    ...(form.wsPort.trim() ? { wsPort: Number(form.wsPort) } : {}),
  };
}

/** The Connect form's state: values, touched flags, and the messages to show right now. */
export function useAddressForm() {
  const [form, setForm] = useState<AddressForm>(initial);
  const errors = {
    host: form.touched.host ? hostError(form.host) : null,
    tcpPort: form.touched.tcpPort ? portError(form.tcpPort) : null,
    wsPort: form.touched.wsPort ? portError(form.wsPort) : null,
  };
  return {
    form,
    errors,
    setValue: (name: FieldName, value: string) => setForm((prev) => ({ ...prev, [name]: value })),
    setTransport: (transport: TransportChoice) => setForm((prev) => ({ ...prev, transport })),
    touch: (name: FieldName) =>
      setForm((prev) => ({ ...prev, touched: { ...prev.touched, [name]: true } })),
    touchAll: () =>
      setForm((prev) => ({ ...prev, touched: { host: true, tcpPort: true, wsPort: true } })),
  };
}
