import { BusyText } from '../../components/busy-text';
import { Button } from '../../components/button';
import { ErrorMessage } from '../../components/error-message';
import type { ExportStatus, ReportFormat } from '../../stores/site-report.store';

interface Props {
  readonly status: ExportStatus;
  readonly onExport: (format: ReportFormat) => void;
}

const NAMES: Record<ReportFormat, string> = { csv: 'CSV', pdf: 'PDF' };

/** Export CSV / Export PDF, then where the file went, or what went wrong. */
export function ExportPanel({ status, onExport }: Props) {
  const saving = status.name === 'saving';
  return (
    <section className="site-panel" aria-labelledby="export-heading" aria-busy={saving}>
      <h2 id="export-heading">Export the report</h2>
      <p>A CSV file for spreadsheets, or a PDF to print or send to the customer.</p>
      <div className="actions">
        <Button variant="primary" disabled={saving} onClick={() => onExport('csv')}>
          Export CSV
        </Button>
        <Button variant="primary" disabled={saving} onClick={() => onExport('pdf')}>
          Export PDF
        </Button>
        {saving ? <BusyText>{`Saving the ${NAMES[status.format]} report…`}</BusyText> : null}
      </div>
      <div role="status" data-export-status={status.name}>
        {status.name === 'saved' ? (
          <p>
            The {NAMES[status.format]} report was saved to{' '}
            <span className="path" data-saved-path>
              {status.path}
            </span>
            .
          </p>
        ) : null}
        {status.name === 'cancelled' ? <p>Not saved: the save dialog was closed.</p> : null}
      </div>
      {status.name === 'failed' ? (
        <ErrorMessage
          error={status.error}
          context={`The ${NAMES[status.format]} report was not saved`}
          showDetail
        />
      ) : null}
    </section>
  );
}
