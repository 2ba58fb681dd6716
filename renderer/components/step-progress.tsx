interface Props<S extends string> {
  readonly steps: readonly S[];
  readonly labels: Readonly<Record<S, string>>;
  readonly current: S;
}

/**
 * Where the person is in a sequence of steps (the wizard's, or the Site view's screens); not
 * links, because steps are entered by finishing the last.
 */
export function StepProgress<S extends string>({ steps, labels, current }: Props<S>) {
  const currentIndex = steps.indexOf(current);
  return (
    <ol className="step-progress" aria-label="Steps">
      {steps.map((step, index) => (
        <li
          key={step}
          aria-current={step === current ? 'step' : undefined}
          className={index < currentIndex ? 'done' : undefined}
        >
          {labels[step]}
        </li>
      ))}
    </ol>
  );
}
