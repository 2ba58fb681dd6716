import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { MAX_CONCURRENCY } from '../../../shared/site/job-state.js';

interface Props {
  readonly site: string;
  readonly technician: string;
  readonly concurrency: number;
  readonly siteError: string | null;
  readonly onSite: (site: string) => void;
  readonly onTechnician: (technician: string) => void;
  readonly onConcurrency: (concurrency: number) => void;
}

const CONCURRENCY_OPTIONS = Array.from({ length: MAX_CONCURRENCY }, (_, index) => ({
  value: String(index + 1),
  label: String(index + 1),
}));

/** Site, technician (both head the report) and how many devices update at once. */
export function JobDetails(props: Props) {
  return (
    <section className="site-panel" aria-labelledby="job-details-heading">
      <h2 id="job-details-heading">The job</h2>
      <div className="field-row">
        <TextField
          label="Site name"
          autoComplete="off"
          value={props.site}
          error={props.siteError}
          onChange={(event) => props.onSite(event.target.value)}
        />
        <TextField
          label="Technician"
          hint="Your name, for the report."
          autoComplete="name"
          value={props.technician}
          onChange={(event) => props.onTechnician(event.target.value)}
        />
      </div>
      <SelectField
        label="Devices updated at once"
        hint="1 to 10. More is quicker; a weak site Wi-Fi copes better with fewer."
        options={CONCURRENCY_OPTIONS}
        value={String(props.concurrency)}
        onChange={(event) => props.onConcurrency(Number(event.target.value))}
      />
    </section>
  );
}
