import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

export interface InPlaceEdit {
  readonly editing: boolean;
  open(): void;
  close(): void;
  /** The form's first field: focused when the form opens. */
  readonly fieldRef: RefObject<HTMLInputElement | null>;
  /** The button that opens the form: focused again when it closes. */
  readonly buttonRef: RefObject<HTMLButtonElement | null>;
  /** For the form: Escape closes it. */
  onKeyDown(event: KeyboardEvent): void;
}

/**
 * An edit form that opens in place of a button: focus moves into the form when it opens and
 * back to the button when it closes (saved, cancelled or Escape), so keyboard users never
 * lose their place. `selectOnOpen` selects the field's text, so typing replaces it.
 */
export function useInPlaceEdit({ selectOnOpen = false } = {}): InPlaceEdit {
  const [editing, setEditing] = useState(false);
  const fieldRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    if (editing) {
      fieldRef.current?.focus();
      if (selectOnOpen) fieldRef.current?.select();
    } else if (wasEditing.current) buttonRef.current?.focus();
    wasEditing.current = editing;
  }, [editing, selectOnOpen]);

  return {
    editing,
    open: () => setEditing(true),
    close: () => setEditing(false),
    fieldRef,
    buttonRef,
    onKeyDown: (event) => {
      if (event.key === 'Escape') setEditing(false);
    },
  };
}
