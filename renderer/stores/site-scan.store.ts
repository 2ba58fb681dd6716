import { create } from 'zustand';
import type { AppError } from '../../shared/errors.js';
import type { EventMap } from '../../shared/ipc/contract.js';
import type { SiteScanArgs } from '../../shared/ipc/site-contract.js';
import type { DiscoveredDevice } from '../../shared/site/discovered-device.js';
import { invisApi } from '../api/invis-api';
import { settle } from './settle';

export type ScanStatus =
  | { readonly name: 'idle' }
  | { readonly name: 'scanning' }
  | { readonly name: 'done'; readonly probed: number }
  | { readonly name: 'failed'; readonly error: AppError };

export type ScanProgress = EventMap['site:scan-progressed'];

interface ScanState {
  readonly status: ScanStatus;
  readonly progress: ScanProgress | null;
  /** Every outlet found so far (main merges scans and mDNS by serial). */
  readonly found: readonly DiscoveredDevice[];
  readonly actions: {
    scan(args: SiteScanArgs): Promise<void>;
    /** `site:scan-progressed` lands here; ignored unless a scan of ours runs. */
    progressed(progress: ScanProgress): void;
  };
}

export const useSiteScanStore = create<ScanState>()((set, get) => ({
  status: { name: 'idle' },
  progress: null,
  found: [],
  actions: {
    scan: async (args) => {
      if (get().status.name === 'scanning') return;
      set({ status: { name: 'scanning' }, progress: null });
      const result = await settle(() => invisApi().site.scan(args));
      set(
        result.ok
          ? { status: { name: 'done', probed: result.value.probed }, found: result.value.devices }
          : { status: { name: 'failed', error: result.error } },
      );
    },
    progressed: (progress) => {
      if (get().status.name === 'scanning') set({ progress });
    },
  },
}));

export const selectScanStatus = (state: ScanState): ScanStatus => state.status;
export const selectScanProgress = (state: ScanState): ScanProgress | null => state.progress;
export const selectFound = (state: ScanState): readonly DiscoveredDevice[] => state.found;
export const selectScanActions = (state: ScanState): ScanState['actions'] => state.actions;

export const siteScanActions = (): ScanState['actions'] => useSiteScanStore.getState().actions;
