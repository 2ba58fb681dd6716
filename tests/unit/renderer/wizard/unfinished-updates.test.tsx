import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { InvokeResult, UnfinishedUpdate } from '../../../../shared/ipc/contract.js';
import { ok } from '../../../../shared/result.js';
import { useWizardStore } from '../../../../renderer/stores/wizard.store.js';
import { ConnectStep } from '../../../../renderer/wizard/connect/connect-step.js';
import { failure } from '../fake-invis-api.js';
import { useFakeBridge } from '../test-env.js';

const interrupted: UnfinishedUpdate = {
  serial: 'IO-100234',
  address: { host: '192.168.1.40', tcpPort: 3334, wsPort: null },
  target: 'outlet',
  from: { outlet: '1.2.0', web: null, deco: null },
  startedAt: '2026-12-04T10:00:00.000Z',
};

describe('Connect step: an update the app was closed in the middle of', () => {
  const bridge = useFakeBridge();

  function withRecord(...records: UnfinishedUpdate[]) {
    bridge.api().ota.listUnfinished.mockResolvedValue(ok(records));
  }

  it('shows nothing when every update was seen to its end', async () => {
    render(<ConnectStep />);
    await waitFor(() => expect(bridge.api().ota.listUnfinished).toHaveBeenCalled());
    expect(screen.queryByRole('heading', { name: /interrupted/ })).not.toBeInTheDocument();
  });

  it('checks it, says the update finished, and connects to the outlet at its address', async () => {
    withRecord(interrupted);
    bridge.api().ota.checkUnfinished.mockResolvedValue(ok({ kind: 'moved', toVersion: '1.3.0' }));
    const user = userEvent.setup();
    render(<ConnectStep />);

    expect(
      await screen.findByRole('heading', { name: 'An update was interrupted' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/outlet IO-100234 at 192\.168\.1\.40/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check it now' }));

    expect(bridge.api().ota.checkUnfinished).toHaveBeenCalledWith({ serial: 'IO-100234' });
    expect(
      await screen.findByText('The update finished: the outlet now runs 1.3.0.'),
    ).toBeInTheDocument();
    const connect = screen.getByRole('button', { name: 'Connect to this outlet' });
    expect(connect).toHaveFocus();
    expect(connect).toHaveAccessibleDescription(/outlet IO-100234/);
    await user.click(connect);
    expect(bridge.api().device.connect).toHaveBeenCalledWith({
      host: '192.168.1.40',
      tcpPort: 3334,
    });
    await waitFor(() => expect(useWizardStore.getState().step).toBe('device'));
  });

  it('says it is checking, with the button disabled, while the outlet is read', async () => {
    withRecord(interrupted);
    let reply!: (value: InvokeResult<'ota:check-unfinished'>) => void;
    bridge.api().ota.checkUnfinished.mockReturnValueOnce(
      new Promise((resolve) => {
        reply = resolve;
      }),
    );
    const user = userEvent.setup();
    render(<ConnectStep />);
    await user.click(await screen.findByRole('button', { name: 'Check it now' }));
    expect(screen.getByRole('status')).toHaveTextContent(/Checking the outlet/);
    expect(screen.getByRole('button', { name: 'Check it now' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Forget it' })).toBeDisabled();

    reply(ok({ kind: 'rerun' }));
    expect(
      await screen.findByText(
        'The update did not take effect: the outlet still runs 1.2.0. You can update it again.',
      ),
    ).toBeInTheDocument();
  });

  it('an outlet that does not answer can be checked again later; the record stays', async () => {
    withRecord(interrupted);
    bridge.api().ota.checkUnfinished.mockResolvedValue(ok({ kind: 'unreachable' }));
    const user = userEvent.setup();
    render(<ConnectStep />);
    await user.click(await screen.findByRole('button', { name: 'Check it now' }));
    expect(await screen.findByText(/did not answer/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(bridge.api().ota.checkUnfinished).toHaveBeenCalledTimes(2);
    expect(bridge.api().ota.forgetUnfinished).not.toHaveBeenCalled();
  });

  it('a check that fails says so in words and leaves the choice to try again', async () => {
    withRecord(interrupted);
    bridge.api().ota.checkUnfinished.mockResolvedValue(failure('busy', 'being updated'));
    const user = userEvent.setup();
    render(<ConnectStep />);
    await user.click(await screen.findByRole('button', { name: 'Check it now' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Could not check/);
    expect(screen.getByRole('button', { name: 'Check again' })).toBeEnabled();
  });

  it('forgetting it tells main, removes it, and puts focus back on the step heading', async () => {
    withRecord(interrupted, { ...interrupted, serial: 'IO-200', target: 'deco' });
    const user = userEvent.setup();
    render(<ConnectStep />);
    expect(
      await screen.findByRole('heading', { name: 'Updates were interrupted' }),
    ).toBeInTheDocument();
    const [first] = screen.getAllByRole('button', { name: 'Forget it' });
    await user.click(first!);
    expect(bridge.api().ota.forgetUnfinished).toHaveBeenCalledWith({ serial: 'IO-100234' });
    expect(screen.getByRole('heading', { name: 'An update was interrupted' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Forget it' }));
    expect(screen.queryByRole('heading', { name: /interrupted/ })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });
});
