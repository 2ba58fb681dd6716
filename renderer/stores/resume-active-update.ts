import { invisApi } from '../api/invis-api';
import { deviceActions } from './device.store';
import { otaActions } from './ota.store';
import { settle } from './settle';
import { useWizardStore, wizardActions } from './wizard.store';

/**
 * A window that loads while main is running an update (the renderer crashed and was loaded
 * again) goes straight back to the Update step of that run: main never stopped, so nothing
 * is lost and the person sees the outcome. Resolves true when it took the run up.
 */
export async function resumeActiveUpdate(): Promise<boolean> {
  const result = await settle(() => invisApi().ota.getActive());
  if (!result.ok || result.value === null) return false;
  // Someone already moved on from Connect in the meantime: leave them where they are.
  if (useWizardStore.getState().step !== 'connect') return false;
  const { device, view } = result.value;
  deviceActions().restore(device);
  otaActions().adopt(view);
  const wizard = wizardActions();
  wizard.chooseTarget(view.run.context.target);
  wizard.chooseMethod(view.run.context.choice);
  wizard.goTo('update');
  return true;
}
