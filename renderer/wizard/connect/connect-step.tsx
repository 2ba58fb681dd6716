import { useEffect } from 'react';
import type { ConnectArgs } from '../../../shared/ipc/contract.js';
import { BusyText } from '../../components/busy-text';
import { Button } from '../../components/button';
import { ErrorMessage } from '../../components/error-message';
import { StepHeading } from '../../components/step-heading';
import {
  selectConnectStatus,
  selectDeviceActions,
  selectRecent,
  useDeviceStore,
} from '../../stores/device.store';
import { selectWizardActions, useWizardStore } from '../../stores/wizard.store';
import { AddressForm } from './address-form';
import { RecentDevices } from './recent-devices';
import { UnfinishedUpdates } from './unfinished-updates';

/** Step 1: reach an outlet by address, from the recent list, or start the demo outlet. */
export function ConnectStep() {
  const status = useDeviceStore(selectConnectStatus);
  const recent = useDeviceStore(selectRecent);
  const device = useDeviceStore(selectDeviceActions);
  const wizard = useWizardStore(selectWizardActions);
  const busy = status.name === 'connecting';

  useEffect(() => {
    void device.loadRecent();
  }, [device]);

  async function run(connect: Promise<boolean>) {
    if (await connect) wizard.goTo('device');
  }
  const connect = (args: ConnectArgs) => void run(device.connect(args));

  return (
    <section className="step" data-step="connect" aria-busy={busy}>
      <StepHeading>Connect to your outlet</StepHeading>
      <p className="lead">
        This computer must be on the same network as the InvisOutlet. Nothing changes on the outlet
        until you start an update.
      </p>
      <UnfinishedUpdates disabled={busy} onConnect={connect} />
      <AddressForm
        busy={busy}
        busyText={status.name === 'connecting' && status.via === 'address' ? 'Connecting…' : null}
        onConnect={connect}
      />
      {status.name === 'failed' ? (
        <ErrorMessage error={status.error} context="Could not connect" />
      ) : null}
      <RecentDevices
        devices={recent}
        disabled={busy}
        onPick={(picked) => connect({ host: picked.host })}
      />
      <section className="demo" aria-labelledby="demo-heading">
        <h2 id="demo-heading">No outlet at hand?</h2>
        <p>The demo outlet is simulated inside the app, so you can see every step safely.</p>
        <div className="actions">
          <Button disabled={busy} onClick={() => void run(device.connectDemo())}>
            Try a demo outlet
          </Button>
          {status.name === 'connecting' && status.via === 'demo' ? (
            <BusyText>Starting the demo outlet…</BusyText>
          ) : null}
        </div>
      </section>
    </section>
  );
}
