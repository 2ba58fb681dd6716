import { useEffect } from 'react';
import { DiagnosticsFooter } from './components/diagnostics-footer';
import { ModeSwitch } from './components/mode-switch';
import { StepProgress } from './components/step-progress';
import { SiteView } from './site/site-view';
import {
  APP_MODES,
  selectAppMode,
  selectAppModeActions,
  useAppModeStore,
} from './stores/app-mode.store';
import { selectAppInfo, useAppInfoStore } from './stores/app-info.store';
import { selectDevice, useDeviceStore } from './stores/device.store';
import { SITE_SCREENS, selectSiteScreen, useSiteScreenStore } from './stores/site-screen.store';
import { STEPS, selectStep, selectWizardActions, useWizardStore } from './stores/wizard.store';
import { MODE_LABELS, SITE_SCREEN_LABELS, STEP_LABELS } from './text/step-labels';
import { Wizard } from './wizard/wizard';

/**
 * The window: a header with the mode switch (one outlet / site) and the steps of the shown
 * mode, that mode in main, diagnostics in the footer.
 */
export function App() {
  const mode = useAppModeStore(selectAppMode);
  const modes = useAppModeStore(selectAppModeActions);
  const step = useWizardStore(selectStep);
  const screen = useSiteScreenStore(selectSiteScreen);
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
        <ModeSwitch modes={APP_MODES} labels={MODE_LABELS} current={mode} onSelect={modes.show} />
        <nav aria-label="Progress">
          {mode === 'outlet' ? (
            <StepProgress steps={STEPS} labels={STEP_LABELS} current={step} />
          ) : (
            <StepProgress steps={SITE_SCREENS} labels={SITE_SCREEN_LABELS} current={screen} />
          )}
        </nav>
      </header>
      <main className={mode === 'site' ? 'app-main app-main-wide' : 'app-main'}>
        {mode === 'outlet' ? <Wizard step={step} /> : <SiteView screen={screen} />}
      </main>
      <DiagnosticsFooter info={appInfo} />
    </div>
  );
}
