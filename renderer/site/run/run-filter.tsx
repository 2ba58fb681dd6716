import { FILTER_WORDS, RUN_FILTERS, type RunFilter } from '../../text/site-status-words';

interface Props {
  readonly value: RunFilter;
  readonly counts: Readonly<Record<RunFilter, number>>;
  readonly onChange: (filter: RunFilter) => void;
}

/** Which rows the table shows: toggle buttons, the chosen one pressed (aria-pressed). */
export function RunFilterButtons({ value, counts, onChange }: Props) {
  return (
    <div className="filter-group" role="group" aria-label="Show devices">
      {RUN_FILTERS.map((filter) => (
        <button
          key={filter}
          type="button"
          className="filter-button"
          aria-pressed={filter === value}
          onClick={() => onChange(filter)}
        >
          {FILTER_WORDS[filter]} ({counts[filter]})
        </button>
      ))}
    </div>
  );
}
