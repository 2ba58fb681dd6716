import type { AppMode } from '../stores/app-mode.store';
import type { SiteScreen } from '../stores/site-screen.store';
import type { Step } from '../stores/wizard.store';

export const STEP_LABELS: Record<Step, string> = {
  connect: 'Connect',
  device: 'Device',
  choose: 'Choose',
  update: 'Update',
  result: 'Result',
};

export const SITE_SCREEN_LABELS: Record<SiteScreen, string> = {
  setup: 'Set up',
  preflight: 'Pre-flight',
  run: 'Run',
  report: 'Report',
};

export const MODE_LABELS: Record<AppMode, string> = {
  outlet: 'One outlet',
  site: 'Site',
};
