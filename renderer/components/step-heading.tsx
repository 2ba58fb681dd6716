import { useEffect, useRef, type HTMLAttributes, type ReactNode } from 'react';

type Props = { readonly children: ReactNode } & HTMLAttributes<HTMLHeadingElement>;

/**
 * Each step's h1. It takes focus when it mounts, i.e. whenever the step changes, so keyboard
 * and screen-reader users land at the top of the new step instead of on a button that is gone.
 * tabIndex -1: focusable from code, not a stop in the Tab order.
 */
export function StepHeading({ children, ...rest }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="step-heading" {...rest}>
      {children}
    </h1>
  );
}
