import type { OtaTarget } from '../../../shared/model/ota.js';
import { Button } from '../../components/button';

interface Props {
  readonly other: OtaTarget | null;
  readonly tryAgain: boolean;
  readonly tryViaOutlet: boolean;
  readonly checkAgain: boolean;
  readonly busy: boolean;
  readonly onUpdateOther: (target: OtaTarget) => void;
  readonly onTryAgain: () => void;
  readonly onTryViaOutlet: () => void;
  readonly onCheckAgain: () => void;
  readonly onStartOver: () => void;
}

const OTHER_LABELS: Record<OtaTarget, string> = {
  outlet: 'Update the outlet',
  deco: 'Update the faceplate',
};

/** What can be done next; only the actions that make sense for this outcome are shown. */
export function ResultActions(props: Props) {
  const { other, busy } = props;
  return (
    <div className="actions">
      {props.checkAgain ? (
        <Button variant="primary" disabled={busy} onClick={props.onCheckAgain}>
          Check the device again
        </Button>
      ) : null}
      {props.tryViaOutlet ? (
        <Button variant="primary" disabled={busy} onClick={props.onTryViaOutlet}>
          Try via InvisOutlet
        </Button>
      ) : null}
      {props.tryAgain ? (
        <Button
          variant={props.tryViaOutlet || props.checkAgain ? 'secondary' : 'primary'}
          disabled={busy}
          onClick={props.onTryAgain}
        >
          Try again
        </Button>
      ) : null}
      {other ? (
        <Button disabled={busy} onClick={() => props.onUpdateOther(other)}>
          {OTHER_LABELS[other]}
        </Button>
      ) : null}
      <Button disabled={busy} onClick={props.onStartOver}>
        Start over
      </Button>
    </div>
  );
}
