import { useEffect } from 'react';
import { DiagnosticsFooter } from './components/diagnostics-footer';
import { StepProgress } from './components/step-progress';
import { selectAppInfo, useAppInfoStore } from './stores/app-info.store';
import { selectDevice, useDeviceStore } from './stores/device.store';
import { STEPS, selectStep, selectWizardActions, useWizardStore } from './stores/wizard.store';
import { Wizard } from './wizard/wizard';

/** The window: a header with the steps, the current step in main, diagnostics in the footer. */
export function App() {
  const step = useWizardStore(selectStep);
  const wizard = useWizardStore(selectWizardActions);
  const device = useDeviceStore(selectDevice);
  const appInfo = useAppInfoStore(selectAppInfo);
  const load = useAppInfoStore((state) => state.actions.load);

  useEffect(() => {
    void load();
  }, [load]);

  // Device and Choose read the connected outlet; without one the only way on is Connect.
  const orphaned = (step === 'device' || step === 'choose') && device === null;
  useEffect(() => {
    if (orphaned) wizard.reset();
  }, [orphaned, wizard]);

  return (
    <div className="app">
      <header className="app-header">
        <p className="app-name">Invis Updater</p>
        <nav aria-label="Progress">
          <StepProgress steps={STEPS} current={step} />
        </nav>
      </header>
      <main className="app-main">
        <Wizard step={step} />
      </main>
      <DiagnosticsFooter info={appInfo} />
    </div>
  );
}
