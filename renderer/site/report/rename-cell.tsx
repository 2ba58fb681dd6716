import { useId, useState, type FormEvent } from 'react';
import { MAX_LABEL_LENGTH } from '../../../shared/site/job-state.js';
import { Button } from '../../components/button';
import { useInPlaceEdit } from '../../hooks/use-in-place-edit';

interface Props {
  readonly deviceId: string;
  readonly label: string;
  readonly address: string;
  /** Another change to the job is on its way to main. */
  readonly busy: boolean;
  /** Resolves true once main has recorded the new name. */
  readonly onRename: (deviceId: string, label: string) => Promise<boolean>;
}

/** What is wrong with a new name, or null when it can be saved. */
export function labelProblem(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'Enter a name for this device, such as its room and position.';
  if (trimmed.length > MAX_LABEL_LENGTH) {
    return `A name is at most ${MAX_LABEL_LENGTH} characters.`;
  }
  return null;
}

/**
 * A device's name in the report, with "Rename" for the typo noticed at handover. The form
 * opens in place with the name selected; Enter saves, Escape or Cancel closes it, and focus
 * returns to the Rename button either way.
 */
export function RenameCell({ deviceId, label, address, busy, onRename }: Props) {
  // The name selected on open: typing replaces it, arrows keep it.
  const form = useInPlaceEdit({ selectOnOpen: true });
  const [text, setText] = useState(label);
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();

  function open() {
    setText(label);
    setProblem(null);
    form.open();
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const found = labelProblem(text);
    setProblem(found);
    if (found) {
      form.fieldRef.current?.focus();
      return;
    }
    if (text.trim() === label || (await onRename(deviceId, text.trim()))) form.close();
  }

  if (!form.editing) {
    return (
      <>
        {label}
        <span className="cell-note">{address}</span>
        <Button
          ref={form.buttonRef}
          className="button-small"
          aria-label={`Rename ${label}`}
          onClick={open}
        >
          Rename
        </Button>
      </>
    );
  }
  return (
    <form className="rename-form" onSubmit={(event) => void save(event)} onKeyDown={form.onKeyDown}>
      <input
        ref={form.fieldRef}
        className="cell-input"
        aria-label={`New name for ${label}`}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? problemId : undefined}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {problem ? (
        <p id={problemId} className="field-error">
          {problem}
        </p>
      ) : null}
      <span className="cell-note">{address}</span>
      <div className="actions">
        <Button type="submit" variant="primary" className="button-small" disabled={busy}>
          Save
        </Button>
        <Button className="button-small" onClick={form.close}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
