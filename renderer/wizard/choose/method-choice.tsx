import type { MethodChoice as Method } from '../../../shared/model/ota.js';
import { RadioCard } from '../../components/radio-card';
import { METHOD_OPTIONS } from '../../text/method-words';

interface Props {
  readonly method: Method;
  readonly onChange: (method: Method) => void;
}

/** How the faceplate fetches its update; only shown when the faceplate is the target. */
export function MethodChoice({ method, onChange }: Props) {
  return (
    <fieldset className="radio-group">
      <legend>How should the faceplate get the update?</legend>
      {METHOD_OPTIONS.map((option) => (
        <RadioCard
          key={option.value}
          name="method"
          value={option.value}
          title={option.label}
          detail={option.explanation}
          checked={method === option.value}
          onSelect={() => onChange(option.value)}
        />
      ))}
    </fieldset>
  );
}
