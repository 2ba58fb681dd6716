import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../../shared/result.js';
import { BridgeMissingError, hasInvisApi, invisApi } from '../../../renderer/api/invis-api.js';
import { App } from '../../../renderer/app.js';
import { BridgeMissing } from '../../../renderer/components/bridge-missing.js';
import { bindEvents } from '../../../renderer/stores/bind-events.js';
import { APP_INFO } from './fake-invis-api.js';
import { at, checkingRun, outletDownloading, outletUpdated, otaView } from './fixtures.js';
import { useFakeBridge } from './test-env.js';

const heading = () => screen.getByRole('heading', { level: 1 });

describe('App', () => {
  const bridge = useFakeBridge();

  it('has header, main and footer landmarks and shows the log path under Diagnostics', async () => {
    render(<App />);
    expect(screen.getByRole('banner')).toHaveTextContent('Invis Updater');
    expect(screen.getByRole('main')).toBeInTheDocument();
    const footer = screen.getByRole('contentinfo');
    await waitFor(() => expect(footer).toHaveTextContent(APP_INFO.logPath ?? ''));
    expect(footer).toHaveTextContent('Diagnostics');
    expect(footer).toHaveTextContent('0.1.0');
  });

  it('moves focus to the heading of each new step, and marks the current step', async () => {
    const user = userEvent.setup();
    const { container } = render(<App />);
    expect(heading()).toHaveTextContent('Connect to your outlet');
    expect(heading()).toHaveFocus();
    expect(heading()).toHaveAttribute('tabindex', '-1');

    await user.type(screen.getByRole('textbox', { name: 'Outlet address' }), '192.168.1.20{Enter}');
    await waitFor(() => expect(heading()).toHaveTextContent('Outlet found'));
    expect(heading()).toHaveFocus();
    expect(container.querySelector('[aria-current="step"]')).toHaveTextContent('Device');

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(heading()).toHaveTextContent('Choose what to update');
    expect(heading()).toHaveFocus();
  });

  it('runs the whole wizard: connect, look, choose, update, result', async () => {
    bindEvents(bridge.api());
    bridge.api().ota.start.mockResolvedValueOnce(ok(otaView(checkingRun())));
    const user = userEvent.setup();
    const { container } = render(<App />);
    const step = () => container.querySelector('[data-step]')?.getAttribute('data-step');

    await user.click(screen.getByRole('button', { name: 'Try a demo outlet' }));
    await waitFor(() => expect(step()).toBe('device'));
    expect(screen.getByText(/simulated outlet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(step()).toBe('choose');
    expect(screen.getByRole('radio', { name: 'Outlet' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Start update' }));
    await waitFor(() => expect(step()).toBe('update'));

    act(() => bridge.api().emitState(otaView(outletDownloading(30), { at: at(3) })));
    expect(screen.getByText('Updating the outlet firmware: 30%')).toBeInTheDocument();
    act(() => bridge.api().emitState(otaView(outletUpdated(), { at: at(61) })));
    await waitFor(() => expect(step()).toBe('result'));
    expect(heading()).toHaveAttribute('data-outcome', 'updated');
    expect(heading()).toHaveFocus();
  });
});

describe('the preload bridge', () => {
  afterEach(cleanup);

  it('is reported missing with a clear error, and has a screen that says so', () => {
    delete window.invis;
    expect(hasInvisApi()).toBe(false);
    expect(() => invisApi()).toThrow(BridgeMissingError);
    render(<BridgeMissing />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Invis Updater could not start',
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/Close Invis Updater and open it again/);
  });
});
