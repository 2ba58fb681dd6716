import { useId, type ChangeEvent } from 'react';
import type { CsvImport as CsvOutcome, CsvLine } from '../../stores/site-draft.store';

interface Props {
  readonly outcome: CsvOutcome | null;
  readonly onText: (fileName: string, text: string) => void;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The one line a screen reader hears after an import (the lists below carry the detail). */
export function csvSummary(outcome: CsvOutcome): string {
  if (outcome.fatal) return `${outcome.fileName} could not be read: ${outcome.fatal}`;
  const parts = [`${plural(outcome.added, 'device', 'devices')} added from ${outcome.fileName}`];
  if (outcome.problems.length > 0)
    parts.push(plural(outcome.problems.length, 'row did not load', 'rows did not load'));
  if (outcome.duplicates.length > 0)
    parts.push(plural(outcome.duplicates.length, 'duplicate skipped', 'duplicates skipped'));
  return `${parts.join('; ')}.`;
}

function LineList({
  title,
  lines,
}: {
  readonly title: string;
  readonly lines: readonly CsvLine[];
}) {
  if (lines.length === 0) return null;
  return (
    <div className="csv-lines">
      <p className="notice-title">{title}</p>
      <ul>
        {lines.map((row) => (
          <li key={`${row.line}-${row.message}`}>
            Line {row.line}: {row.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Import a device list `address,label[,critical][,tcp_port][,ws_port]`. The file is read here
 * and parsed with the shared reader: good rows load, each bad row is listed with its line.
 */
export function CsvImport({ outcome, onText }: Props) {
  const id = useId();
  async function read(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    onText(file.name, await file.text());
    input.value = ''; // choosing the same file again (after fixing it) imports it again
  }
  const bad = outcome !== null && (outcome.fatal !== null || outcome.problems.length > 0);
  return (
    <section className="site-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Import a device list</h2>
      <div className="field">
        <label htmlFor={id}>CSV file</label>
        <p id={`${id}-hint`} className="field-hint">
          A header row, then one device per row: address,label,critical (yes or no); optional
          tcp_port and ws_port columns.
        </p>
        <input
          id={id}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${id}-hint`}
          onChange={(event) => void read(event)}
        />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {outcome ? csvSummary(outcome) : ''}
      </p>
      {outcome ? (
        <div className={`notice ${bad ? 'notice-warning' : 'notice-info'}`} data-csv-outcome>
          <p className="notice-title">{csvSummary(outcome)}</p>
          <LineList title="Rows that did not load:" lines={outcome.problems} />
          <LineList title="Duplicates skipped:" lines={outcome.duplicates} />
        </div>
      ) : null}
    </section>
  );
}
