import { create } from 'zustand';

/** The Site view's screens in order; each has a folder under renderer/site/. */
export const SITE_SCREENS = ['setup', 'preflight', 'run', 'report'] as const;
export type SiteScreen = (typeof SITE_SCREENS)[number];

interface SiteScreenState {
  readonly screen: SiteScreen;
  readonly actions: { goTo(screen: SiteScreen): void };
}

export const useSiteScreenStore = create<SiteScreenState>()((set) => ({
  screen: 'setup',
  actions: { goTo: (screen) => set({ screen }) },
}));

export const selectSiteScreen = (state: SiteScreenState): SiteScreen => state.screen;
export const selectSiteScreenActions = (state: SiteScreenState): SiteScreenState['actions'] =>
  state.actions;

export const siteScreenActions = (): SiteScreenState['actions'] =>
  useSiteScreenStore.getState().actions;
