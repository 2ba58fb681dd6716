import { render } from '@testing-library/react';
import { SiteView } from '../../../../renderer/site/site-view.js';
import {
  selectSiteScreen,
  useSiteScreenStore,
  type SiteScreen,
} from '../../../../renderer/stores/site-screen.store.js';
import { useSiteStore } from '../../../../renderer/stores/site.store.js';
import type { SiteJobView } from '../../../../shared/ipc/site-contract.js';

/** The Site view following the screen store, as the App shows it. */
function Site() {
  const screen = useSiteScreenStore(selectSiteScreen);
  return <SiteView screen={screen} />;
}

/** Renders the Site view on a screen, with a job adopted first when given. */
export function renderSite(screen: SiteScreen, view?: SiteJobView) {
  if (view) useSiteStore.getState().actions.adopt(view);
  useSiteScreenStore.setState({ screen });
  return render(<Site />);
}

export const screenName = (container: HTMLElement) =>
  container.querySelector('[data-site-screen]')?.getAttribute('data-site-screen');
