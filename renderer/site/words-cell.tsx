import type { CellWords } from '../text/preflight-words';

/** A value with an optional note under it, for compact table cells. */
export function WordsCell({ words }: { readonly words: CellWords }) {
  return (
    <>
      <span className="cell-main">{words.main}</span>
      {words.note ? <span className="cell-note">{words.note}</span> : null}
    </>
  );
}
