import { assertNever } from '../../shared/errors.js';
import type { Step } from '../stores/wizard.store';
import { ChooseStep } from './choose/choose-step';
import { ConnectStep } from './connect/connect-step';
import { DeviceStep } from './device/device-step';
import { ResultStep } from './result/result-step';
import { UpdateStep } from './update/update-step';

/** One step at a time; each step mounts fresh, so its heading takes focus on arrival. */
export function Wizard({ step }: { readonly step: Step }) {
  switch (step) {
    case 'connect':
      return <ConnectStep />;
    case 'device':
      return <DeviceStep />;
    case 'choose':
      return <ChooseStep />;
    case 'update':
      return <UpdateStep />;
    case 'result':
      return <ResultStep />;
    default:
      return assertNever(step);
  }
}
