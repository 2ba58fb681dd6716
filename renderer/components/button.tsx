import type { ComponentPropsWithRef } from 'react';

type Props = ComponentPropsWithRef<'button'> & {
  readonly variant?: 'primary' | 'secondary' | 'danger';
};

/**
 * A native button with the app's look. `type` defaults to "button" so a button inside a form
 * never submits by surprise; `ref` passes through (React 19 treats it as a prop).
 */
export function Button({ variant = 'secondary', className, type = 'button', ...rest }: Props) {
  const classes = ['button', `button-${variant}`, className].filter(Boolean).join(' ');
  return <button type={type} className={classes} {...rest} />;
}
