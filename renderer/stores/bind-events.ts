import type { InvisApi } from '../../shared/ipc/contract.js';
import { deviceActions } from './device.store';
import { otaActions } from './ota.store';
import { siteScanActions } from './site-scan.store';
import { siteActions } from './site.store';

/**
 * The one place that subscribes to main-process events. Each event goes straight to a store
 * action, which decides whether it still applies (late events from an old run are dropped
 * there). Returns one function that removes every subscription.
 */
export function bindEvents(api: InvisApi): () => void {
  const unsubscribers = [
    api.ota.onStateChanged((view) => otaActions().applyView(view)),
    api.device.onLinkChanged((event) => deviceActions().linkChanged(event)),
    api.site.onJobChanged((payload) => siteActions().applyEvent(payload)),
    api.site.onScanProgressed((progress) => siteScanActions().progressed(progress)),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
