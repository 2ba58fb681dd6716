interface Props {
  /** 0..100. */
  readonly percent: number;
  readonly label: string;
  /** What a screen reader says for the value, e.g. "40% — Updating the outlet firmware". */
  readonly valueText: string;
}

/** A determinate bar with the ARIA progressbar pattern; the fill is drawn with CSS width. */
export function ProgressBar({ percent, label, valueText }: Props) {
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={valueText}
    >
      <div className="progress-fill" style={{ width: `${value}%` }} />
    </div>
  );
}
