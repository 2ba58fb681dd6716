import { assertNever } from '../../shared/errors.js';
import type { SiteScreen } from '../stores/site-screen.store';
import { PreflightScreen } from './preflight/preflight-screen';
import { ReportScreen } from './report/report-screen';
import { RunScreen } from './run/run-screen';
import { SetupScreen } from './setup/setup-screen';

/** One screen at a time; each mounts fresh, so its heading takes focus on arrival. */
export function SiteView({ screen }: { readonly screen: SiteScreen }) {
  switch (screen) {
    case 'setup':
      return <SetupScreen />;
    case 'preflight':
      return <PreflightScreen />;
    case 'run':
      return <RunScreen />;
    case 'report':
      return <ReportScreen />;
    default:
      return assertNever(screen);
  }
}
