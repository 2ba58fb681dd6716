import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { OtaView } from '../../../../shared/ipc/contract.js';
import { ok } from '../../../../shared/result.js';
import { bindEvents } from '../../../../renderer/stores/bind-events.js';
import { useOtaStore } from '../../../../renderer/stores/ota.store.js';
import { useWizardStore } from '../../../../renderer/stores/wizard.store.js';
import { UpdateStep } from '../../../../renderer/wizard/update/update-step.js';
import { failure } from '../fake-invis-api.js';
import {
  SERIAL,
  at,
  decoFallingBack,
  outletAwaitingRestart,
  outletDownloading,
  outletRebooting,
  outletUpdated,
  otaView,
} from '../fixtures.js';
import { useFakeBridge } from '../test-env.js';

/** Fakes only the clock the step ticks with; promises and RTL's waitFor stay real. */
function freezeClock(now: number) {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(now);
}

function showUpdate(view: OtaView) {
  useOtaStore.setState({ deviceId: view.deviceId, runId: view.runId, view });
  useWizardStore.setState({ step: 'update' });
  return render(<UpdateStep />);
}

const liveRegion = (container: HTMLElement) => container.querySelector('[aria-live="polite"]');

describe('Update step', () => {
  const bridge = useFakeBridge();

  it('shows the phase in words, the percent on the bar, and the elapsed time ticking', () => {
    freezeClock(at(65));
    const view = otaView(outletDownloading(50), { at: at(2) });
    showUpdate(view);
    expect(screen.getByText('Updating the outlet firmware: 50%')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'Update progress' });
    const percent = Math.round(view.progress * 100);
    expect(bar).toHaveAttribute('aria-valuenow', String(percent));
    expect(bar).toHaveAttribute('aria-valuetext', `${percent}% — Updating the outlet firmware`);
    expect(screen.getByText(`${percent}% done`)).toBeInTheDocument();
    expect(screen.getByText('1:05')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(2000));
    expect(screen.getByText('1:07')).toBeInTheDocument();
  });

  it('counts down while the outlet restarts into the new firmware', () => {
    freezeClock(at(60));
    showUpdate(otaView(outletRebooting(), { at: at(30) }));
    expect(screen.getByText('Restarting, reconnecting… up to 2:30 left')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByText('Restarting, reconnecting… up to 2:29 left')).toBeInTheDocument();
  });

  it('counts down while a revB outlet restarts to begin the update', () => {
    freezeClock(at(1));
    showUpdate(otaView(outletAwaitingRestart(), { at: at(1) }));
    expect(
      screen.getByText('The outlet is restarting to update; reconnecting'),
    ).toBeInTheDocument();
    expect(screen.getByText('Restarting, reconnecting… up to 3:00 left')).toBeInTheDocument();
  });

  it('has no countdown while downloading', () => {
    showUpdate(otaView(outletDownloading(10)));
    expect(screen.queryByText(/Restarting, reconnecting/)).not.toBeInTheDocument();
  });

  it('names the faceplate method and says when it moved on to InvisOutlet', () => {
    showUpdate(otaView(decoFallingBack(), { at: at(62) }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Updating the faceplate');
    expect(screen.getByText(/^Method: Via InvisOutlet/)).toBeInTheDocument();
    expect(screen.getByText(/Updating over Wi-Fi did not work\./)).toHaveTextContent(
      /Now trying via InvisOutlet instead\./,
    );
  });

  it('announces phase changes and every 25 %, not every push', async () => {
    const { container } = showUpdate(otaView(outletDownloading(0), { progress: 0.3 }));
    const region = liveRegion(container);
    expect(region).toHaveTextContent('Updating the outlet firmware. 25% done.');
    const announcements = new Set<string>();
    for (const [percent, second] of [
      [31, 3],
      [35, 4],
      [45, 5],
      [49, 6],
    ] as const) {
      act(() =>
        useOtaStore.setState({
          view: otaView(outletDownloading(percent), { progress: percent / 100, at: at(second) }),
        }),
      );
      announcements.add(region?.textContent ?? '');
    }
    expect([...announcements]).toEqual(['Updating the outlet firmware. 25% done.']);
    act(() =>
      useOtaStore.setState({ view: otaView(outletDownloading(51), { progress: 0.51, at: at(7) }) }),
    );
    expect(region).toHaveTextContent('Updating the outlet firmware. 50% done.');
  });

  it('takes a snapshot on arrival, then follows events, ignoring an old run', async () => {
    bindEvents(bridge.api());
    bridge
      .api()
      .ota.getState.mockResolvedValueOnce(ok(otaView(outletDownloading(20), { at: at(3) })));
    showUpdate(otaView(outletDownloading(5), { at: at(2) }));
    expect(await screen.findByText('Updating the outlet firmware: 20%')).toBeInTheDocument();
    expect(bridge.api().ota.getState).toHaveBeenCalledWith({ deviceId: SERIAL });

    act(() =>
      bridge.api().emitState(otaView(outletDownloading(90), { runId: 'old-run', at: at(9) })),
    );
    expect(screen.getByText('Updating the outlet firmware: 20%')).toBeInTheDocument();
    act(() => bridge.api().emitState(otaView(outletDownloading(60), { at: at(8) })));
    expect(screen.getByText('Updating the outlet firmware: 60%')).toBeInTheDocument();
  });

  it('asks before cancelling, explaining the device may keep updating by itself', async () => {
    const user = userEvent.setup();
    showUpdate(otaView(outletDownloading(40)));
    await user.click(screen.getByRole('button', { name: 'Cancel update' }));
    expect(screen.getByRole('heading', { name: 'Cancel the update?' })).toBeInTheDocument();
    expect(screen.getByText(/may keep updating by itself/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep updating' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Keep updating' }));
    expect(bridge.api().ota.cancel).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Cancel update' }));
    await user.click(screen.getByRole('button', { name: 'Yes, cancel the update' }));
    expect(bridge.api().ota.cancel).toHaveBeenCalledWith({ deviceId: SERIAL });
  });

  it('says so when cancelling failed', async () => {
    bridge.api().ota.cancel.mockResolvedValueOnce(failure('connection-lost'));
    const user = userEvent.setup();
    showUpdate(otaView(outletDownloading(40)));
    await user.click(screen.getByRole('button', { name: 'Cancel update' }));
    await user.click(screen.getByRole('button', { name: 'Yes, cancel the update' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Could not cancel/);
  });

  it('goes to Result when the run finishes', async () => {
    bindEvents(bridge.api());
    showUpdate(otaView(outletRebooting(), { at: at(30) }));
    act(() => bridge.api().emitState(otaView(outletUpdated(), { at: at(61) })));
    await waitFor(() => expect(useWizardStore.getState().step).toBe('result'));
  });
});
