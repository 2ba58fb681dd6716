import { useEffect } from 'react';
import { BusyText } from '../../components/busy-text';
import { StepHeading } from '../../components/step-heading';
import { useNow } from '../../hooks/use-now';
import {
  selectCancelStatus,
  selectOtaActions,
  selectOtaView,
  useOtaStore,
} from '../../stores/ota.store';
import { selectWizardActions, useWizardStore } from '../../stores/wizard.store';
import { announcement } from '../../text/update-words';
import { CancelControl } from './cancel-control';
import { UpdateDetails } from './update-details';

/** Step 4: follow the run live; moves on to Result by itself when the run finishes. */
export function UpdateStep() {
  const view = useOtaStore(selectOtaView);
  const cancelStatus = useOtaStore(selectCancelStatus);
  const ota = useOtaStore(selectOtaActions);
  const wizard = useWizardStore(selectWizardActions);
  const now = useNow(1000);
  const finished = view?.run.state.name === 'finished';

  // Snapshot, then subscribe: events are already bound; this catches up on anything missed.
  useEffect(() => {
    void ota.syncSnapshot();
  }, [ota]);

  useEffect(() => {
    if (finished) wizard.goTo('result');
  }, [finished, wizard]);

  const part = view?.run.context.target === 'deco' ? 'faceplate' : 'outlet';
  return (
    <section className="step" data-step="update">
      <StepHeading>{`Updating the ${part}`}</StepHeading>
      <p className="lead">
        Keep this window open and the outlet plugged in. The app checks the new version itself when
        the update ends.
      </p>
      {view ? (
        <UpdateDetails view={view} now={now} />
      ) : (
        <BusyText>Waiting for the device…</BusyText>
      )}
      {/* Polite, and only phase changes and 25 % marks: every push would flood a screen reader. */}
      <div className="visually-hidden" aria-live="polite">
        {view ? announcement(view) : ''}
      </div>
      {view ? (
        <CancelControl
          target={view.run.context.target}
          status={cancelStatus}
          onCancel={() => void ota.cancel()}
        />
      ) : null}
    </section>
  );
}
