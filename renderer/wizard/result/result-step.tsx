import { useEffect, useState } from 'react';
import type { MethodChoice } from '../../../shared/model/ota.js';
import { BusyText } from '../../components/busy-text';
import { ErrorMessage } from '../../components/error-message';
import { FactList } from '../../components/fact-list';
import { Notice } from '../../components/notice';
import { StepHeading } from '../../components/step-heading';
import { selectAppInfo, useAppInfoStore } from '../../stores/app-info.store';
import {
  selectDevice,
  selectDeviceActions,
  selectRefreshStatus,
  useDeviceStore,
} from '../../stores/device.store';
import {
  selectOtaActions,
  selectOtaView,
  selectStartStatus,
  useOtaStore,
} from '../../stores/ota.store';
import { selectWizardActions, useWizardStore } from '../../stores/wizard.store';
import { diagnosticSummary } from '../../text/diagnostic-summary';
import {
  outcomeHeading,
  outcomeParagraph,
  partWords,
  versionAfter,
} from '../../text/outcome-words';
import { AttemptList } from './attempt-list';
import { CopySummary } from './copy-summary';
import { ResultActions } from './result-actions';
import {
  canTryAgain,
  canTryViaOutlet,
  otherTargetWithUpdate,
  shouldCheckAgain,
} from './result-options';

/** Step 5: the truthful outcome, what was tried, and what to do next. */
export function ResultStep() {
  const view = useOtaStore(selectOtaView);
  const startStatus = useOtaStore(selectStartStatus);
  const ota = useOtaStore(selectOtaActions);
  const device = useDeviceStore(selectDevice);
  const deviceActions = useDeviceStore(selectDeviceActions);
  const refreshStatus = useDeviceStore(selectRefreshStatus);
  // Only a check the person asked for reports its failure; the silent re-read on entry does not.
  const [askedToCheck, setAskedToCheck] = useState(false);
  const appInfo = useAppInfoStore(selectAppInfo);
  const wizard = useWizardStore(selectWizardActions);

  // Versions changed (or may have): re-read them so "update the other part" is current.
  useEffect(() => {
    void deviceActions.refresh();
  }, [deviceActions]);

  if (!view || view.run.state.name !== 'finished') return null;
  const outcome = view.run.state.outcome;
  const busy = startStatus.name === 'pending';

  async function startAgain(method: MethodChoice) {
    if (!view) return;
    wizard.chooseTarget(outcome.target);
    wizard.chooseMethod(method);
    const started = await ota.start({ deviceId: view.deviceId, target: outcome.target, method });
    if (started) wizard.goTo('update');
  }

  /** Re-reads the device and shows what it runs now (it may have finished by itself). */
  async function checkAgain() {
    setAskedToCheck(true);
    if (await deviceActions.refresh()) wizard.goTo('device');
  }

  function startOver() {
    ota.reset();
    deviceActions.disconnect();
    wizard.reset();
  }

  return (
    <section className="step" data-step="result" aria-busy={busy}>
      <StepHeading
        data-outcome={outcome.outcome}
        className={`step-heading outcome-${outcome.outcome}`}
      >
        {outcomeHeading(outcome)}
      </StepHeading>
      <p className="lead">{outcomeParagraph(outcome)}</p>
      {outcome.reasonCode === 'cancelled' ? (
        <Notice tone="info">
          <p>
            A device that had already received the update may finish it by itself and restart.
            Refresh later to read the version it runs.
          </p>
        </Notice>
      ) : null}
      <FactList
        facts={[
          { term: 'Part', value: partWords(outcome) },
          { term: 'Version before', value: outcome.fromVersion ?? 'Unknown' },
          { term: 'Version now', value: versionAfter(outcome) },
        ]}
      />
      <AttemptList attempts={outcome.attempts} />
      {askedToCheck && refreshStatus.name === 'failed' ? (
        <ErrorMessage error={refreshStatus.error} context="The device is still not answering" />
      ) : null}
      {startStatus.name === 'failed' ? (
        <ErrorMessage error={startStatus.error} context="The update did not start" />
      ) : null}
      <ResultActions
        other={otherTargetWithUpdate(device, outcome)}
        tryAgain={canTryAgain(outcome)}
        tryViaOutlet={canTryViaOutlet(outcome)}
        checkAgain={shouldCheckAgain(outcome)}
        busy={busy}
        onUpdateOther={(target) => {
          wizard.chooseTarget(target);
          wizard.goTo('choose');
        }}
        onTryAgain={() => void startAgain(view.run.context.choice)}
        onTryViaOutlet={() => void startAgain('outlet')}
        onCheckAgain={() => void checkAgain()}
        onStartOver={startOver}
      />
      {busy ? <BusyText>Starting the update…</BusyText> : null}
      <CopySummary summary={() => diagnosticSummary({ device, view, appInfo, now: Date.now() })} />
    </section>
  );
}
