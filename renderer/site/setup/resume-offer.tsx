import { useEffect } from 'react';
import {
  selectHistoryActions,
  selectInterrupted,
  selectResumeStatus,
  useSiteHistoryStore,
} from '../../stores/site-history.store';
import { selectSiteScreenActions, useSiteScreenStore } from '../../stores/site-screen.store';
import { selectSiteActions, useSiteStore } from '../../stores/site.store';
import { InterruptedBanner } from './interrupted-banner';

/**
 * Looks for an interrupted job when set-up opens and offers it. "Resume this job" opens it in
 * main, then resumes it: the engine re-checks devices that were mid-update before anything
 * else happens to them.
 */
export function ResumeOffer() {
  const interrupted = useSiteHistoryStore(selectInterrupted);
  const status = useSiteHistoryStore(selectResumeStatus);
  const history = useSiteHistoryStore(selectHistoryActions);
  const site = useSiteStore(selectSiteActions);
  const screens = useSiteScreenStore(selectSiteScreenActions);

  useEffect(() => {
    void history.load();
  }, [history]);

  if (!interrupted) return null;

  async function resume() {
    const view = await history.open();
    if (!view) return;
    site.adopt(view);
    screens.goTo('run');
    await site.start();
  }

  return (
    <InterruptedBanner
      job={interrupted}
      opening={status.name === 'opening'}
      error={status.name === 'failed' ? status.error : null}
      onResume={() => void resume()}
      onDismiss={history.dismiss}
    />
  );
}
