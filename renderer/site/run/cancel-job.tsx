import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/button';

interface Props {
  readonly disabled: boolean;
  readonly onCancel: () => void;
}

/**
 * Cancel asks first and says what it does: devices that are updating finish their update (an
 * outlet stopped half-way could be left without working firmware); nothing else starts.
 */
export function CancelJob({ disabled, onCancel }: Props) {
  const [confirming, setConfirming] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <Button variant="danger" disabled={disabled} onClick={() => setConfirming(true)}>
        Cancel job
      </Button>
    );
  }
  return (
    <section className="confirm" aria-labelledby="cancel-job-heading">
      <h2 id="cancel-job-heading">Cancel the job?</h2>
      <p>
        Devices that are updating now finish their update first: stopping an outlet half-way could
        leave it without working firmware. No other device starts; those are reported as not run.
      </p>
      <div className="actions">
        <Button ref={keepRef} variant="primary" onClick={() => setConfirming(false)}>
          Keep going
        </Button>
        <Button
          variant="danger"
          onClick={() => {
            setConfirming(false);
            onCancel();
          }}
        >
          Yes, cancel the job
        </Button>
      </div>
    </section>
  );
}
