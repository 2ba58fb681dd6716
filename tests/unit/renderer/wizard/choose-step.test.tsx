import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DeviceView } from '../../../../shared/ipc/contract.js';
import type { OtaTarget } from '../../../../shared/model/ota.js';
import { ok } from '../../../../shared/result.js';
import { useDeviceStore } from '../../../../renderer/stores/device.store.js';
import { useWizardStore } from '../../../../renderer/stores/wizard.store.js';
import { ChooseStep } from '../../../../renderer/wizard/choose/choose-step.js';
import { failure } from '../fake-invis-api.js';
import { DECO, INFO, SERIAL, UPDATES, checkingRun, deviceView, otaView } from '../fixtures.js';
import { useFakeBridge } from '../test-env.js';

function showChoose(view: DeviceView, target: OtaTarget | null) {
  useDeviceStore.setState({ device: view });
  useWizardStore.setState({ step: 'choose', target });
  return render(<ChooseStep />);
}

const outletRadio = () => screen.getByRole('radio', { name: 'Outlet' });
const decoRadio = () => screen.getByRole('radio', { name: 'Faceplate (InvisDeco)' });
const startButton = () => screen.getByRole('button', { name: 'Start update' });
const current = { current: '1.0.0', available: '1.0.0', hasUpdate: false };

describe('Choose step', () => {
  const bridge = useFakeBridge();

  it('disables a part that is already current, with the reason as its description', () => {
    showChoose(deviceView({ updates: { ...UPDATES, outlet: current } }), 'deco');
    expect(outletRadio()).toBeDisabled();
    expect(outletRadio()).toHaveAccessibleDescription('Already up to date (1.0.0).');
    expect(decoRadio()).toBeEnabled();
  });

  it('disables the faceplate when there is none, or it is offline', () => {
    const { unmount } = showChoose(deviceView({ info: { ...INFO, deco: null } }), 'outlet');
    expect(decoRadio()).toBeDisabled();
    expect(decoRadio()).toHaveAccessibleDescription(/No InvisDeco faceplate is attached/);
    unmount();
    showChoose(deviceView({ info: { ...INFO, deco: { ...DECO, online: false } } }), 'outlet');
    expect(decoRadio()).toBeDisabled();
    expect(decoRadio()).toHaveAccessibleDescription(/offline/);
  });

  it('allows both when updates are unknown, and says it could not check', () => {
    showChoose(deviceView({ updates: null }), 'outlet');
    expect(outletRadio()).toBeEnabled();
    expect(decoRadio()).toBeEnabled();
    expect(outletRadio()).toHaveAccessibleDescription(/could not check for updates/);
  });

  it('warns before an outlet update that plugged-in things lose power', () => {
    showChoose(deviceView(), 'outlet');
    expect(screen.getByText('The outlet will restart during the update.')).toBeInTheDocument();
    expect(screen.getByText(/sockets lose power/)).toBeInTheDocument();
    expect(
      screen.queryByRole('radio', { name: 'Automatic (recommended)' }),
    ).not.toBeInTheDocument();
  });

  it('offers the three faceplate methods, each explained, Automatic first and chosen', async () => {
    const user = userEvent.setup();
    showChoose(deviceView(), 'outlet');
    await user.click(decoRadio());
    const auto = screen.getByRole('radio', { name: 'Automatic (recommended)' });
    const wifi = screen.getByRole('radio', { name: 'Wi-Fi only' });
    const viaOutlet = screen.getByRole('radio', { name: 'Via InvisOutlet only' });
    expect(auto).toBeChecked();
    expect(auto).toHaveAccessibleDescription(/Wi-Fi first .* through the outlet/);
    expect(wifi).toHaveAccessibleDescription(/its own Wi-Fi/);
    expect(viaOutlet).toHaveAccessibleDescription(/outlet downloads the update/);
    expect(screen.queryByText(/sockets lose power/)).not.toBeInTheDocument();
  });

  it('starts a faceplate update with the method chosen and moves to Update', async () => {
    bridge.api().ota.start.mockResolvedValueOnce(ok(otaView(checkingRun('deco', 'wifi'))));
    const user = userEvent.setup();
    showChoose(deviceView(), 'deco');
    await user.click(screen.getByRole('radio', { name: 'Wi-Fi only' }));
    await user.click(startButton());
    expect(bridge.api().ota.start).toHaveBeenCalledWith({
      deviceId: SERIAL,
      target: 'deco',
      method: 'wifi',
    });
    await waitFor(() => expect(useWizardStore.getState().step).toBe('update'));
  });

  it("sends 'auto' for the outlet, whatever was picked for the faceplate before", async () => {
    bridge.api().ota.start.mockResolvedValueOnce(ok(otaView(checkingRun())));
    useWizardStore.setState({ method: 'outlet' });
    const user = userEvent.setup();
    showChoose(deviceView(), 'outlet');
    await user.click(startButton());
    expect(bridge.api().ota.start).toHaveBeenCalledWith({
      deviceId: SERIAL,
      target: 'outlet',
      method: 'auto',
    });
  });

  it('stays here and explains when the update cannot start', async () => {
    bridge.api().ota.start.mockResolvedValueOnce(failure('busy'));
    const user = userEvent.setup();
    showChoose(deviceView(), 'outlet');
    await user.click(startButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(/already running/);
    expect(useWizardStore.getState().step).toBe('choose');
  });

  it('cannot start when nothing can be updated', () => {
    showChoose(
      deviceView({
        updates: {
          outlet: current,
          web: null,
          deco: { ...current, current: '0.5.0', available: '0.5.0' },
        },
      }),
      null,
    );
    expect(startButton()).toBeDisabled();
    expect(screen.getByText(/Nothing on this outlet can be updated/)).toBeInTheDocument();
  });
});
