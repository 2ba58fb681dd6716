import { BusyText } from '../../components/busy-text';
import { Button } from '../../components/button';
import { ErrorMessage } from '../../components/error-message';
import { FactList } from '../../components/fact-list';
import { Notice } from '../../components/notice';
import { StepHeading } from '../../components/step-heading';
import { VersionTable } from '../../components/version-table';
import {
  selectDevice,
  selectDeviceActions,
  selectRefreshStatus,
  useDeviceStore,
} from '../../stores/device.store';
import { selectWizardActions, useWizardStore } from '../../stores/wizard.store';
import { defaultTarget } from '../../text/update-availability';
import { versionRows } from '../../text/device-words';
import { deviceFacts } from './device-facts';

/** Step 2: what the outlet is, what it runs, and what could be installed. */
export function DeviceStep() {
  const view = useDeviceStore(selectDevice);
  const refresh = useDeviceStore(selectRefreshStatus);
  const device = useDeviceStore(selectDeviceActions);
  const wizard = useWizardStore(selectWizardActions);
  if (!view) return null; // the app shell sends a missing device back to Connect
  const refreshing = refresh.name === 'refreshing';

  function anotherOutlet() {
    device.disconnect();
    wizard.reset();
  }

  function proceed() {
    if (!view) return;
    wizard.chooseTarget(defaultTarget(view));
    wizard.goTo('choose');
  }

  return (
    <section className="step" data-step="device" aria-busy={refreshing}>
      <StepHeading>{view.demo ? 'Demo outlet found' : 'Outlet found'}</StepHeading>
      {view.demo ? (
        <Notice tone="info">
          <p>This is a simulated outlet. Updating it changes nothing in your home.</p>
        </Notice>
      ) : null}
      {view.link === 'down' ? (
        <Notice tone="warning" title="The connection to the outlet dropped.">
          <p>The app is reconnecting. Check that the outlet has power if this lasts.</p>
        </Notice>
      ) : null}
      <FactList facts={deviceFacts(view)} />
      <VersionTable caption="Firmware versions" rows={versionRows(view)} />
      {view.updates === null ? (
        <Notice tone="warning" title="Could not check for updates.">
          <p>
            The outlet did not say which versions are available
            {view.updatesError ? ` (${view.updatesError.replace(/\.$/, '')})` : ''}. That does not
            mean it is up to date. You can still try an update: the outlet checks again.
          </p>
        </Notice>
      ) : null}
      {refresh.name === 'failed' ? (
        <ErrorMessage error={refresh.error} context="Could not refresh" />
      ) : null}
      <div className="actions">
        <Button variant="primary" onClick={proceed} disabled={refreshing}>
          Continue
        </Button>
        <Button onClick={() => void device.refresh()} disabled={refreshing}>
          Refresh
        </Button>
        <Button onClick={anotherOutlet}>Connect to another outlet</Button>
        {refreshing ? <BusyText>Reading the outlet again…</BusyText> : null}
      </div>
    </section>
  );
}
