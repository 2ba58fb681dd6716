import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { InvokeResult } from '../../../../shared/ipc/contract.js';
import { ok } from '../../../../shared/result.js';
import { useWizardStore } from '../../../../renderer/stores/wizard.store.js';
import { ConnectStep } from '../../../../renderer/wizard/connect/connect-step.js';
import { failure } from '../fake-invis-api.js';
import { SERIAL, deviceView } from '../fixtures.js';
import { useFakeBridge } from '../test-env.js';

const addressField = () => screen.getByRole('textbox', { name: 'Outlet address' });

describe('Connect step', () => {
  const bridge = useFakeBridge();

  it('shows the address message only after the field was left, then as you type', async () => {
    const user = userEvent.setup();
    render(<ConnectStep />);
    await user.type(addressField(), '192.168.1.300');
    expect(screen.queryByText(/not a valid IPv4 address/)).not.toBeInTheDocument();
    expect(addressField()).not.toHaveAttribute('aria-invalid');

    await user.tab();
    const message = screen.getByText(/not a valid IPv4 address/);
    expect(addressField()).toHaveAttribute('aria-invalid', 'true');
    expect(addressField().getAttribute('aria-describedby')).toContain(message.id);
    expect(addressField()).toHaveAccessibleDescription(/not a valid IPv4 address/);

    await user.clear(addressField());
    await user.type(addressField(), '192.168.1.30');
    expect(screen.queryByText(/not a valid IPv4 address/)).not.toBeInTheDocument();
    expect(addressField()).not.toHaveAttribute('aria-invalid');
  });

  it('on submit with no address, says what to enter, focuses the field and sends nothing', async () => {
    const user = userEvent.setup();
    render(<ConnectStep />);
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(screen.getByText('Enter the outlet’s IP address or host name.')).toBeInTheDocument();
    expect(addressField()).toHaveFocus();
    expect(bridge.api().device.connect).not.toHaveBeenCalled();
  });

  it('connects and moves on to the Device step', async () => {
    const user = userEvent.setup();
    render(<ConnectStep />);
    await user.type(addressField(), 'outlet-kitchen.local{Enter}');
    expect(bridge.api().device.connect).toHaveBeenCalledWith({ host: 'outlet-kitchen.local' });
    await waitFor(() => expect(useWizardStore.getState().step).toBe('device'));
  });

  it('shows that it is connecting: busy, button disabled, spinner with words', async () => {
    let reply!: (value: InvokeResult<'device:connect'>) => void;
    bridge.api().device.connect.mockReturnValueOnce(
      new Promise((resolve) => {
        reply = resolve;
      }),
    );
    const user = userEvent.setup();
    const { container } = render(<ConnectStep />);
    await user.type(addressField(), '192.168.1.20{Enter}');
    expect(screen.getByRole('button', { name: 'Connect' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Try a demo outlet' })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Connecting…');
    expect(container.querySelector('[data-step="connect"]')).toHaveAttribute('aria-busy', 'true');
    reply(ok(deviceView()));
    await waitFor(() => expect(useWizardStore.getState().step).toBe('device'));
  });

  it.each([
    ['unreachable', /could not be reached/, /same network/],
    ['refused', /did not accept the connection/, /belongs to the outlet/],
    ['timeout', /did not answer in time/, /Wait a minute/],
    ['not-an-outlet', /does not look like an InvisOutlet/, /Check the address/],
    ['connection-lost', /connection to the outlet was lost/, /other apps/],
  ] as const)('explains a %s error and what to try', async (code, title, advice) => {
    bridge.api().device.connect.mockResolvedValueOnce(failure(code));
    const user = userEvent.setup();
    render(<ConnectStep />);
    await user.type(addressField(), '192.168.1.20{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Could not connect: /);
    expect(alert).toHaveTextContent(title);
    expect(alert).toHaveTextContent(advice);
    expect(useWizardStore.getState().step).toBe('connect');
    expect(screen.getByRole('button', { name: 'Connect' })).toBeEnabled();
  });

  it('starts the demo outlet', async () => {
    const user = userEvent.setup();
    render(<ConnectStep />);
    await user.click(screen.getByRole('button', { name: 'Try a demo outlet' }));
    expect(bridge.api().device.connectDemo).toHaveBeenCalled();
    await waitFor(() => expect(useWizardStore.getState().step).toBe('device'));
  });

  it('connects to a recent outlet with one click', async () => {
    bridge
      .api()
      .device.listRecent.mockResolvedValue(
        ok([{ host: '192.168.1.44', serial: SERIAL, lastSeen: '2025-01-15T09:00:00Z' }]),
      );
    const user = userEvent.setup();
    render(<ConnectStep />);
    await user.click(await screen.findByRole('button', { name: /192\.168\.1\.44/ }));
    expect(bridge.api().device.connect).toHaveBeenCalledWith({ host: '192.168.1.44' });
  });

  it('sends the Advanced settings, and opens them to show a bad port', async () => {
    const user = userEvent.setup();
    render(<ConnectStep />);
    await user.click(screen.getByText('Advanced connection settings'));
    await user.click(screen.getByRole('radio', { name: /WebSocket only/ }));
    await user.type(screen.getByRole('textbox', { name: 'WebSocket port' }), '99999');
    await user.click(screen.getByText('Advanced connection settings')); // collapse again
    await user.type(addressField(), '192.168.1.20{Enter}');
    expect(bridge.api().device.connect).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'WebSocket port' })).toBeVisible();
    expect(screen.getByText(/Port 99999 is not a whole number/)).toBeInTheDocument();

    await user.clear(screen.getByRole('textbox', { name: 'WebSocket port' }));
    await user.type(screen.getByRole('textbox', { name: 'WebSocket port' }), '8080');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(bridge.api().device.connect).toHaveBeenCalledWith({
      host: '192.168.1.20',
      transport: 'ws',
      wsPort: 8080,
    });
  });
});
