import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { OtaView } from '../../../../shared/ipc/contract.js';
import type { OtaRun } from '../../../../shared/ota/types.js';
import { ok } from '../../../../shared/result.js';
import { useAppInfoStore } from '../../../../renderer/stores/app-info.store.js';
import { useDeviceStore } from '../../../../renderer/stores/device.store.js';
import { useOtaStore } from '../../../../renderer/stores/ota.store.js';
import { useWizardStore } from '../../../../renderer/stores/wizard.store.js';
import { ResultStep } from '../../../../renderer/wizard/result/result-step.js';
import { APP_INFO, failure } from '../fake-invis-api.js';
import {
  SERIAL,
  at,
  checkingRun,
  decoAlreadyCurrent,
  decoWifiFailed,
  deviceView,
  outletNotBack,
  outletUpdated,
  otaView,
  runAfter,
} from '../fixtures.js';
import { useFakeBridge } from '../test-env.js';

function showResult(run: OtaRun, overrides: Partial<OtaView> = {}) {
  const view = otaView(run, { at: at(61), ...overrides });
  useDeviceStore.setState({ device: deviceView() });
  useAppInfoStore.setState({ info: APP_INFO });
  useOtaStore.setState({ deviceId: view.deviceId, runId: view.runId, view });
  useWizardStore.setState({ step: 'result' });
  return render(<ResultStep />);
}

const heading = () => screen.getByRole('heading', { level: 1 });

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', {
    value: { writeText: vi.fn(writeText) },
    configurable: true,
  });
  return navigator.clipboard.writeText as ReturnType<typeof vi.fn>;
}

describe('Result step', () => {
  const bridge = useFakeBridge();

  it.each([
    ['updated', outletUpdated, 'Updated', /^Updated: the outlet now runs 1\.1\.0/],
    ['already-current', decoAlreadyCurrent, 'Already up to date', /Nothing was changed/],
    ['failed', decoWifiFailed, 'Not updated', /it is safe to try again/],
    [
      'unreachable',
      outletNotBack,
      'Result unknown — check the device',
      /Check that the outlet has power/,
    ],
  ] as const)('tells the truth when the outcome is %s', (outcome, run, title, paragraph) => {
    showResult(run());
    expect(heading()).toHaveTextContent(title);
    expect(heading()).toHaveAttribute('data-outcome', outcome);
    expect(screen.getByText(paragraph)).toBeInTheDocument();
  });

  it('shows the versions before and after, and every attempt with its method', () => {
    showResult(outletUpdated());
    expect(screen.getByText('Version before').nextSibling).toHaveTextContent('1.0.0');
    expect(screen.getByText('Version now').nextSibling).toHaveTextContent('1.1.0');
    expect(screen.getByRole('listitem')).toHaveTextContent('Direct to the outlet: updated');
  });

  it('offers "Try via InvisOutlet" after Wi-Fi only failed, and starts that run', async () => {
    bridge
      .api()
      .ota.start.mockResolvedValueOnce(
        ok(otaView(checkingRun('deco', 'outlet'), { runId: 'run-2' })),
      );
    const user = userEvent.setup();
    showResult(decoWifiFailed());
    expect(screen.getByRole('listitem')).toHaveTextContent(/^Via Wi-Fi: not updated/);
    await user.click(screen.getByRole('button', { name: 'Try via InvisOutlet' }));
    expect(bridge.api().ota.start).toHaveBeenCalledWith({
      deviceId: SERIAL,
      target: 'deco',
      method: 'outlet',
    });
    await waitFor(() => expect(useWizardStore.getState().step).toBe('update'));
    expect(useWizardStore.getState().method).toBe('outlet');
  });

  it('tries again with the same choice', async () => {
    bridge.api().ota.start.mockResolvedValueOnce(ok(otaView(checkingRun(), { runId: 'run-2' })));
    const user = userEvent.setup();
    showResult(outletNotBack());
    expect(screen.queryByRole('button', { name: 'Try via InvisOutlet' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(bridge.api().ota.start).toHaveBeenCalledWith({
      deviceId: SERIAL,
      target: 'outlet',
      method: 'auto',
    });
  });

  it('keeps the result on show and explains when a retry cannot start', async () => {
    bridge.api().ota.start.mockResolvedValueOnce(failure('busy'));
    const user = userEvent.setup();
    showResult(decoWifiFailed());
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/already running/);
    expect(heading()).toHaveTextContent('Not updated');
    expect(useWizardStore.getState().step).toBe('result');
  });

  it('after a cancel, says the device may have finished the update by itself', () => {
    showResult(
      runAfter('outlet', 'auto', [
        { type: 'ota-ack', at: at(1), accepted: true },
        { type: 'progress', at: at(2), deviceType: 1, percent: 60 },
        { type: 'cancel', at: at(3) },
      ]),
    );
    expect(heading()).toHaveAttribute('data-outcome', 'failed');
    expect(screen.getByText(/may finish it by itself/)).toBeInTheDocument();
  });

  it('offers to update the faceplate after the outlet', async () => {
    const user = userEvent.setup();
    showResult(outletUpdated());
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Update the faceplate' }));
    expect(useWizardStore.getState()).toMatchObject({ step: 'choose', target: 'deco' });
  });

  it('re-reads the device on arrival, since its versions may have changed', () => {
    showResult(outletUpdated());
    expect(bridge.api().device.refresh).toHaveBeenCalledWith({ deviceId: SERIAL });
  });

  it('copies a diagnostic summary', async () => {
    const user = userEvent.setup();
    const writeText = stubClipboard(async () => {});
    showResult(decoWifiFailed());
    await user.click(screen.getByRole('button', { name: 'Copy diagnostic summary' }));
    expect(await screen.findByText('Copied to the clipboard.')).toBeInTheDocument();
    const text = String(writeText.mock.calls[0]?.[0]);
    expect(text).toContain(`Device serial: ${SERIAL}`);
    expect(text).toContain('Outcome: failed');
    expect(text).toContain('App version: 0.1.0');
  });

  it('shows the summary to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    stubClipboard(async () => {
      throw new Error('denied');
    });
    showResult(decoWifiFailed());
    await user.click(screen.getByRole('button', { name: 'Copy diagnostic summary' }));
    expect(await screen.findByText(/Could not copy automatically/)).toBeInTheDocument();
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Diagnostic summary' });
    expect(box.value).toContain(`Device serial: ${SERIAL}`);
  });

  it('starts over: back to Connect, session closed, run forgotten', async () => {
    const user = userEvent.setup();
    showResult(outletUpdated());
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(useWizardStore.getState().step).toBe('connect');
    expect(useOtaStore.getState().view).toBeNull();
    expect(bridge.api().device.disconnect).toHaveBeenCalledWith({ deviceId: SERIAL });
  });
});

describe('Result step when the device did not come back', () => {
  const bridge = useFakeBridge();

  it('offers to check the device again first, not to update its other part', async () => {
    const user = userEvent.setup();
    showResult(outletNotBack());
    expect(screen.queryByRole('button', { name: 'Update the faceplate' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check the device again' }));
    await waitFor(() => expect(useWizardStore.getState().step).toBe('device'));
    expect(bridge.api().device.refresh).toHaveBeenCalled();
  });

  it('says so when the device is still not answering', async () => {
    const user = userEvent.setup();
    showResult(outletNotBack());
    bridge.api().device.refresh.mockResolvedValue(failure('timeout', 'No reply to request 12.'));
    await user.click(screen.getByRole('button', { name: 'Check the device again' }));
    expect(await screen.findByText(/The device is still not answering/)).toBeInTheDocument();
    expect(useWizardStore.getState().step).toBe('result');
  });
});
