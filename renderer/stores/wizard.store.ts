import { create } from 'zustand';
import type { MethodChoice, OtaTarget } from '../../shared/model/ota.js';

/** The wizard's steps in order; each has a folder under renderer/wizard/. */
export const STEPS = ['connect', 'device', 'choose', 'update', 'result'] as const;
export type Step = (typeof STEPS)[number];

interface WizardState {
  readonly step: Step;
  /** What the person picked on Choose; null until a target is available. */
  readonly target: OtaTarget | null;
  /** Only meaningful for the faceplate; the outlet always sends 'auto' (main ignores it). */
  readonly method: MethodChoice;
  readonly actions: {
    goTo(step: Step): void;
    chooseTarget(target: OtaTarget | null): void;
    chooseMethod(method: MethodChoice): void;
    /** Back to Connect with nothing chosen, e.g. "Start over". */
    reset(): void;
  };
}

const initial = { step: 'connect', target: null, method: 'auto' } as const;

export const useWizardStore = create<WizardState>()((set) => ({
  ...initial,
  actions: {
    goTo: (step) => set({ step }),
    chooseTarget: (target) => set({ target }),
    chooseMethod: (method) => set({ method }),
    reset: () => set(initial),
  },
}));

// Named selectors: components subscribe to exactly the slice they render.
export const selectStep = (state: WizardState): Step => state.step;
export const selectTarget = (state: WizardState): OtaTarget | null => state.target;
export const selectMethod = (state: WizardState): MethodChoice => state.method;
export const selectWizardActions = (state: WizardState): WizardState['actions'] => state.actions;

/** Shorthand used by steps and tests; actions are stable, so this never re-renders. */
export const wizardActions = (): WizardState['actions'] => useWizardStore.getState().actions;
