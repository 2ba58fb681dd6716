interface Props<M extends string> {
  readonly modes: readonly M[];
  readonly labels: Readonly<Record<M, string>>;
  readonly current: M;
  readonly onSelect: (mode: M) => void;
}

/**
 * The app's top-level switch: native buttons in a labelled nav, the shown one marked with
 * aria-current="page" (and not only by its look), so it works with Tab, Enter and Space.
 */
export function ModeSwitch<M extends string>({ modes, labels, current, onSelect }: Props<M>) {
  return (
    <nav aria-label="Mode" className="mode-switch">
      <ul>
        {modes.map((mode) => (
          <li key={mode}>
            <button
              type="button"
              className="mode-button"
              aria-current={mode === current ? 'page' : undefined}
              onClick={() => onSelect(mode)}
            >
              {labels[mode]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
