import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DeviceView } from '../../../../shared/ipc/contract.js';
import { ok } from '../../../../shared/result.js';
import { useDeviceStore } from '../../../../renderer/stores/device.store.js';
import { useWizardStore } from '../../../../renderer/stores/wizard.store.js';
import { DeviceStep } from '../../../../renderer/wizard/device/device-step.js';
import { failure } from '../fake-invis-api.js';
import { DECO, INFO, SERIAL, deviceView } from '../fixtures.js';
import { useFakeBridge } from '../test-env.js';

function showDevice(view: DeviceView) {
  useDeviceStore.setState({ device: view });
  useWizardStore.setState({ step: 'device' });
  return render(<DeviceStep />);
}

const row = (part: RegExp) => screen.getByRole('row', { name: part });

describe('Device step', () => {
  const bridge = useFakeBridge();

  it('shows serial, revision, transport and each version with what is available', () => {
    showDevice(deviceView());
    expect(screen.getByText(SERIAL)).toBeInTheDocument();
    expect(screen.getByText('revA')).toBeInTheDocument();
    expect(screen.getByText('WebSocket (revA)')).toBeInTheDocument();
    expect(
      within(row(/Outlet firmware/))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1.0.0', '1.1.0', 'Update available']);
    expect(within(row(/web interface/)).getByText('Up to date')).toBeInTheDocument();
    expect(within(row(/Faceplate \(InvisDeco Aura\)/)).getByText('0.5.1')).toBeInTheDocument();
  });

  it('names a revB outlet on raw TCP', () => {
    showDevice(
      deviceView({ transport: 'tcp', info: { ...INFO, hardwareRevision: 'revB', isRevB: true } }),
    );
    expect(screen.getByText('Raw TCP (revB)')).toBeInTheDocument();
  });

  it('says it could not check for updates, and never claims up to date then', () => {
    showDevice(deviceView({ updates: null, updatesError: 'The outlet has no cloud access.' }));
    expect(screen.getByText('Could not check for updates.')).toBeInTheDocument();
    expect(screen.getByText(/The outlet has no cloud access/)).toBeInTheDocument();
    expect(screen.queryByText('Up to date')).not.toBeInTheDocument();
    expect(screen.getAllByText('Could not check')).toHaveLength(2);
  });

  it('shows a missing and an offline faceplate plainly', () => {
    const { unmount } = showDevice(deviceView({ info: { ...INFO, deco: null } }));
    expect(within(row(/Faceplate/)).getByText('None attached')).toBeInTheDocument();
    unmount();
    showDevice(deviceView({ info: { ...INFO, deco: { ...DECO, online: false } } }));
    expect(within(row(/Faceplate/)).getByText('Offline')).toBeInTheDocument();
  });

  it('continues to Choose with a part that has an update preselected', async () => {
    const user = userEvent.setup();
    showDevice(deviceView());
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(useWizardStore.getState()).toMatchObject({ step: 'choose', target: 'outlet' });
  });

  it('refreshes, and shows an error in words when that fails', async () => {
    const user = userEvent.setup();
    showDevice(deviceView());
    bridge.api().device.refresh.mockResolvedValueOnce(ok(deviceView({ updates: null })));
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText('Could not check for updates.')).toBeInTheDocument();
    bridge.api().device.refresh.mockResolvedValueOnce(failure('timeout'));
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/did not answer in time/);
  });

  it('goes back to Connect for another outlet and closes this session', async () => {
    const user = userEvent.setup();
    showDevice(deviceView());
    await user.click(screen.getByRole('button', { name: 'Connect to another outlet' }));
    expect(useWizardStore.getState().step).toBe('connect');
    await waitFor(() =>
      expect(bridge.api().device.disconnect).toHaveBeenCalledWith({ deviceId: SERIAL }),
    );
  });
});
