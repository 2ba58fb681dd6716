import { create } from 'zustand';
import type { AppInfo } from '../../shared/ipc/contract.js';
import { invisApi } from '../api/invis-api';
import { settle } from './settle';

interface AppInfoState {
  /** Null until loaded, or when main could not say: the footer then shows nothing. */
  readonly info: AppInfo | null;
  readonly actions: { load(): Promise<void> };
}

export const useAppInfoStore = create<AppInfoState>()((set) => ({
  info: null,
  actions: {
    load: async () => {
      const result = await settle(() => invisApi().app.getInfo());
      if (result.ok) set({ info: result.value });
    },
  },
}));

export const selectAppInfo = (state: AppInfoState): AppInfo | null => state.info;

export const appInfoActions = (): AppInfoState['actions'] => useAppInfoStore.getState().actions;
