import { BusyText } from '../../components/busy-text';
import { Button } from '../../components/button';
import { ErrorMessage } from '../../components/error-message';
import { Notice } from '../../components/notice';
import { StepHeading } from '../../components/step-heading';
import { selectDevice, useDeviceStore } from '../../stores/device.store';
import { selectOtaActions, selectStartStatus, useOtaStore } from '../../stores/ota.store';
import {
  selectMethod,
  selectTarget,
  selectWizardActions,
  useWizardStore,
} from '../../stores/wizard.store';
import { targetAvailability } from '../../text/update-availability';
import { MethodChoice } from './method-choice';
import { TargetChoice } from './target-choice';

/** Step 3: pick the part to update (and for the faceplate, how), then start. */
export function ChooseStep() {
  const device = useDeviceStore(selectDevice);
  const target = useWizardStore(selectTarget);
  const method = useWizardStore(selectMethod);
  const wizard = useWizardStore(selectWizardActions);
  const startStatus = useOtaStore(selectStartStatus);
  const ota = useOtaStore(selectOtaActions);
  if (!device) return null;
  const starting = startStatus.name === 'pending';
  const canStart = target !== null && targetAvailability(device, target).selectable;

  async function start() {
    if (!device || target === null) return;
    // The outlet has no method; main ignores it, so send the neutral 'auto'.
    const started = await ota.start({
      deviceId: device.deviceId,
      target,
      method: target === 'deco' ? method : 'auto',
    });
    if (started) wizard.goTo('update');
  }

  return (
    <section className="step" data-step="choose" aria-busy={starting}>
      <StepHeading>Choose what to update</StepHeading>
      <TargetChoice device={device} target={target} onChange={wizard.chooseTarget} />
      {target === 'deco' ? <MethodChoice method={method} onChange={wizard.chooseMethod} /> : null}
      {target === 'outlet' ? (
        <Notice tone="warning" title="The outlet will restart during the update.">
          <p>
            Its sockets lose power for a moment while it restarts, so anything plugged into it
            switches off briefly. Unplug or switch off anything that must not lose power.
          </p>
        </Notice>
      ) : null}
      {target === null ? <p>Nothing on this outlet can be updated right now.</p> : null}
      {startStatus.name === 'failed' ? (
        <ErrorMessage error={startStatus.error} context="The update did not start" />
      ) : null}
      <div className="actions">
        <Button variant="primary" disabled={!canStart || starting} onClick={() => void start()}>
          Start update
        </Button>
        <Button disabled={starting} onClick={() => wizard.goTo('device')}>
          Back
        </Button>
        {starting ? <BusyText>Starting the update…</BusyText> : null}
      </div>
    </section>
  );
}
