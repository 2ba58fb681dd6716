interface Props {
  /** A stable code for tests and styles, e.g. "updated". */
  readonly status: string;
  readonly words: string;
  /** A mark repeating the meaning for sighted readers; hidden from screen readers. */
  readonly mark: string;
}

/** A status as words first: colour and mark only repeat what the words say. */
export function StatusChip({ status, words, mark }: Props) {
  return (
    <span className={`chip chip-${status}`} data-status={status}>
      <span className="chip-mark" aria-hidden="true">
        {mark}
      </span>
      {words}
    </span>
  );
}
