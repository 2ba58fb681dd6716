import type { DeviceView } from '../../../shared/ipc/contract.js';
import type { OtaTarget } from '../../../shared/model/ota.js';
import { RadioCard } from '../../components/radio-card';
import { targetAvailability } from '../../text/update-availability';

const TITLES: Record<OtaTarget, string> = {
  outlet: 'Outlet',
  deco: 'Faceplate (InvisDeco)',
};

interface Props {
  readonly device: DeviceView;
  readonly target: OtaTarget | null;
  readonly onChange: (target: OtaTarget) => void;
}

/** Outlet or faceplate; a part that cannot be updated stays visible, disabled, with why. */
export function TargetChoice({ device, target, onChange }: Props) {
  return (
    <fieldset className="radio-group">
      <legend>What do you want to update?</legend>
      {(['outlet', 'deco'] as const).map((option) => {
        const availability = targetAvailability(device, option);
        return (
          <RadioCard
            key={option}
            name="target"
            value={option}
            title={TITLES[option]}
            detail={availability.detail}
            checked={target === option}
            disabled={!availability.selectable}
            onSelect={() => onChange(option)}
          />
        );
      })}
    </fieldset>
  );
}
