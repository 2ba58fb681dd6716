import { useId, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & {
  readonly label: string;
  readonly hint?: string;
};

/** A checkbox with its label beside it and an optional hint tied to it. */
export function CheckField({ label, hint, className, ...input }: Props) {
  const id = useId();
  return (
    <div className={['check-field', className].filter(Boolean).join(' ')}>
      <input
        id={id}
        type="checkbox"
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...input}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
