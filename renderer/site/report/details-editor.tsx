import { useState, type FormEvent } from 'react';
import { MAX_LABEL_LENGTH } from '../../../shared/site/job-state.js';
import { Button } from '../../components/button';
import { TextField } from '../../components/text-field';
import { useInPlaceEdit } from '../../hooks/use-in-place-edit';

interface Props {
  readonly site: string;
  readonly technician: string;
  /** Another change to the job is on its way to main. */
  readonly busy: boolean;
  /** Resolves true once main has recorded the new names. */
  readonly onSave: (site: string, technician: string) => Promise<boolean>;
}

function siteProblem(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'Enter the site name the customer will recognise.';
  return trimmed.length > MAX_LABEL_LENGTH
    ? `A site name is at most ${MAX_LABEL_LENGTH} characters.`
    : null;
}

function technicianProblem(text: string): string | null {
  return text.trim().length > MAX_LABEL_LENGTH
    ? `A name is at most ${MAX_LABEL_LENGTH} characters.`
    : null;
}

/**
 * "Change site details" for the report's header: the site and technician names as the
 * customer should read them. Opens in place with focus in the site field; Enter saves,
 * Escape or Cancel closes, and focus returns to the button.
 */
export function DetailsEditor({ site, technician, busy, onSave }: Props) {
  const form = useInPlaceEdit();
  const [siteText, setSiteText] = useState(site);
  const [technicianText, setTechnicianText] = useState(technician);
  const [shown, setShown] = useState<{ site: string | null; technician: string | null }>({
    site: null,
    technician: null,
  });
  function open() {
    setSiteText(site);
    setTechnicianText(technician);
    setShown({ site: null, technician: null });
    form.open();
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const problems = { site: siteProblem(siteText), technician: technicianProblem(technicianText) };
    setShown(problems);
    if (problems.site || problems.technician) return;
    const next = { site: siteText.trim(), technician: technicianText.trim() };
    const unchanged = next.site === site && next.technician === technician;
    if (unchanged || (await onSave(next.site, next.technician))) form.close();
  }

  if (!form.editing) {
    return (
      <div className="actions">
        <Button ref={form.buttonRef} onClick={open}>
          Change site details
        </Button>
      </div>
    );
  }
  return (
    <form
      className="details-form"
      aria-label="Site details"
      onSubmit={(event) => void save(event)}
      onKeyDown={form.onKeyDown}
    >
      <TextField
        ref={form.fieldRef}
        label="Site name"
        value={siteText}
        error={shown.site}
        onChange={(event) => setSiteText(event.target.value)}
      />
      <TextField
        label="Technician"
        value={technicianText}
        error={shown.technician}
        onChange={(event) => setTechnicianText(event.target.value)}
      />
      <div className="actions">
        <Button type="submit" variant="primary" disabled={busy}>
          Save details
        </Button>
        <Button onClick={form.close}>Cancel</Button>
      </div>
    </form>
  );
}
