import { describe, expect, it } from 'vitest';
import {
  hostError,
  portError,
  toConnectArgs,
  type AddressForm,
} from '../../../../renderer/wizard/connect/use-address-form.js';

const form = (overrides: Partial<AddressForm>): AddressForm => ({
  host: '192.168.1.20',
  transport: 'auto',
  tcpPort: '',
  wsPort: '',
  touched: { host: true, tcpPort: true, wsPort: true },
  ...overrides,
});

describe('address form', () => {
  it('uses the shared validateHost messages', () => {
    expect(hostError('')).toBe('Enter the outlet’s IP address or host name.');
    expect(hostError('192.168.1.300')).toMatch(/not a valid IPv4 address/);
    expect(hostError('outlet.local/setup')).toMatch(/without http:\/\/ or a path/);
    expect(hostError('outlet-kitchen.local')).toBeNull();
  });

  it('treats an empty port as the default and checks the rest', () => {
    expect(portError('')).toBeNull();
    expect(portError('3333')).toBeNull();
    expect(portError('70000')).toMatch(/1 to 65535/);
    expect(portError('abc')).toMatch(/not a whole number/);
  });

  it('sends only what was set', () => {
    expect(toConnectArgs(form({ host: ' outlet.local ' }))).toEqual({ host: 'outlet.local' });
    expect(toConnectArgs(form({ transport: 'tcp', tcpPort: '4444', wsPort: '8080' }))).toEqual({
      host: '192.168.1.20',
      transport: 'tcp',
      tcpPort: 4444,
      wsPort: 8080,
    });
    expect(toConnectArgs(form({ host: 'bad host' }))).toBeNull();
    expect(toConnectArgs(form({ wsPort: '0' }))).toBeNull();
  });
});
