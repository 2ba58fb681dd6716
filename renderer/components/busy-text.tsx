/** A spinner with words beside it: the motion is decoration, the words carry the meaning. */
export function BusyText({ children }: { readonly children: string }) {
  return (
    <span className="busy-text" role="status">
      <span className="spinner" aria-hidden="true" />
      {children}
    </span>
  );
}
