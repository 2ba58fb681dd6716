import type { Step } from '../stores/wizard.store';

const LABELS: Record<Step, string> = {
  connect: 'Connect',
  device: 'Device',
  choose: 'Choose',
  update: 'Update',
  result: 'Result',
};

interface Props {
  readonly steps: readonly Step[];
  readonly current: Step;
}

/** Where the person is in the wizard; not links, because steps are entered by finishing the last. */
export function StepProgress({ steps, current }: Props) {
  const currentIndex = steps.indexOf(current);
  return (
    <ol className="step-progress" aria-label="Steps">
      {steps.map((step, index) => (
        <li
          key={step}
          aria-current={step === current ? 'step' : undefined}
          className={index < currentIndex ? 'done' : undefined}
        >
          {LABELS[step]}
        </li>
      ))}
    </ol>
  );
}
