import { useId } from 'react';

interface Props {
  readonly name: string;
  readonly value: string;
  readonly title: string;
  readonly detail: string;
  readonly checked: boolean;
  readonly disabled?: boolean;
  readonly onSelect: (value: string) => void;
}

/**
 * A native radio inside a large clickable card. The radio's accessible name is the title
 * alone (so "Outlet" stays "Outlet"); the detail, including why it is disabled, is its
 * description.
 */
export function RadioCard({ name, value, title, detail, checked, disabled, onSelect }: Props) {
  const id = useId();
  return (
    <label className={`radio-card${disabled ? ' radio-card-disabled' : ''}`}>
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        disabled={disabled}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-detail`}
        onChange={() => onSelect(value)}
      />
      <span className="radio-card-text">
        <span id={`${id}-title`} className="radio-card-title">
          {title}
        </span>
        <span id={`${id}-detail`} className="radio-card-detail">
          {detail}
        </span>
      </span>
    </label>
  );
}
