import { useEffect, useRef, useState } from 'react';
import type { OtaTarget } from '../../../shared/model/ota.js';
import { BusyText } from '../../components/busy-text';
import { Button } from '../../components/button';
import { ErrorMessage } from '../../components/error-message';
import type { RequestStatus } from '../../stores/ota.store';

interface Props {
  readonly target: OtaTarget;
  readonly status: RequestStatus;
  readonly onCancel: () => void;
}

/**
 * Cancel asks first, because cancelling only stops the app from following the update: a
 * device that already has the image may carry on and restart by itself.
 */
export function CancelControl({ target, status, onCancel }: Props) {
  const [confirming, setConfirming] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const part = target === 'outlet' ? 'outlet' : 'faceplate';

  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);

  if (status.name === 'pending') return <BusyText>Cancelling…</BusyText>;

  return (
    <div className="cancel">
      {status.name === 'failed' ? (
        <ErrorMessage error={status.error} context="Could not cancel" />
      ) : null}
      {confirming ? (
        <section className="confirm" aria-labelledby="cancel-heading">
          <h2 id="cancel-heading">Cancel the update?</h2>
          <p>
            The app will stop following the update. The {part} may keep updating by itself and
            restart anyway, so check its version afterwards.
          </p>
          <div className="actions">
            <Button ref={keepRef} variant="primary" onClick={() => setConfirming(false)}>
              Keep updating
            </Button>
            <Button variant="danger" onClick={onCancel}>
              Yes, cancel the update
            </Button>
          </div>
        </section>
      ) : (
        <div className="actions">
          <Button onClick={() => setConfirming(true)}>Cancel update</Button>
        </div>
      )}
    </div>
  );
}
