import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import type { DeviceView } from '../../../shared/ipc/contract.js';
import { useAppInfoStore } from '../../../renderer/stores/app-info.store.js';
import { useAppModeStore } from '../../../renderer/stores/app-mode.store.js';
import { useDeviceStore } from '../../../renderer/stores/device.store.js';
import { useOtaStore } from '../../../renderer/stores/ota.store.js';
import { useSiteDraftStore } from '../../../renderer/stores/site-draft.store.js';
import { useSiteHistoryStore } from '../../../renderer/stores/site-history.store.js';
import { useSitePreflightStore } from '../../../renderer/stores/site-preflight.store.js';
import { useSiteReportStore } from '../../../renderer/stores/site-report.store.js';
import { useSiteScanStore } from '../../../renderer/stores/site-scan.store.js';
import { useSiteScreenStore } from '../../../renderer/stores/site-screen.store.js';
import { useSiteStore } from '../../../renderer/stores/site.store.js';
import { useUnfinishedStore } from '../../../renderer/stores/unfinished.store.js';
import { useWizardStore } from '../../../renderer/stores/wizard.store.js';
import { createFakeInvisApi, type FakeInvisApi } from './fake-invis-api.js';

/** Puts every store back to its first state: stores are module singletons. */
export function resetStores(): void {
  // Each store's own initial state, including its (stable) actions object.
  useWizardStore.setState(useWizardStore.getInitialState(), true);
  useDeviceStore.setState(useDeviceStore.getInitialState(), true);
  useOtaStore.setState(useOtaStore.getInitialState(), true);
  useAppInfoStore.setState(useAppInfoStore.getInitialState(), true);
  useAppModeStore.setState(useAppModeStore.getInitialState(), true);
  useSiteScreenStore.setState(useSiteScreenStore.getInitialState(), true);
  useSiteStore.setState(useSiteStore.getInitialState(), true);
  useSiteDraftStore.setState(useSiteDraftStore.getInitialState(), true);
  useSiteScanStore.setState(useSiteScanStore.getInitialState(), true);
  useSiteHistoryStore.setState(useSiteHistoryStore.getInitialState(), true);
  useSitePreflightStore.setState(useSitePreflightStore.getInitialState(), true);
  useSiteReportStore.setState(useSiteReportStore.getInitialState(), true);
  useUnfinishedStore.setState(useUnfinishedStore.getInitialState(), true);
}

/** Installs a fresh fake bridge as window.invis and clean stores for every test in the file. */
export function useFakeBridge(device?: DeviceView): { readonly api: () => FakeInvisApi } {
  let api: FakeInvisApi | null = null;
  beforeEach(() => {
    api = createFakeInvisApi(device);
    window.invis = api;
    resetStores();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    delete window.invis;
  });
  return {
    api: () => {
      if (!api) throw new Error('useFakeBridge: the bridge exists only inside a test');
      return api;
    },
  };
}
