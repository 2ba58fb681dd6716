import { create } from 'zustand';

/** The two halves of the app: the one-outlet wizard and the Site view for installers. */
export const APP_MODES = ['outlet', 'site'] as const;
export type AppMode = (typeof APP_MODES)[number];

interface AppModeState {
  readonly mode: AppMode;
  readonly actions: { show(mode: AppMode): void };
}

/** Switching keeps each half's own stores, so coming back finds it where it was left. */
export const useAppModeStore = create<AppModeState>()((set) => ({
  mode: 'outlet',
  actions: { show: (mode) => set({ mode }) },
}));

export const selectAppMode = (state: AppModeState): AppMode => state.mode;
export const selectAppModeActions = (state: AppModeState): AppModeState['actions'] => state.actions;
