import type { ReactNode } from 'react';

interface Props {
  readonly tone: 'info' | 'warning';
  readonly title?: string;
  readonly children: ReactNode;
}

/** A calm box for something worth reading before acting (not an error: no alert role). */
export function Notice({ tone, title, children }: Props) {
  return (
    <div className={`notice notice-${tone}`}>
      {title ? <p className="notice-title">{title}</p> : null}
      {children}
    </div>
  );
}
