import { create } from 'zustand';
import type { AppError } from '../../shared/errors.js';
import type { SiteExportArgs } from '../../shared/ipc/site-contract.js';
import { invisApi } from '../api/invis-api';
import { settle } from './settle';

export type ReportFormat = SiteExportArgs['format'];

export type ExportStatus =
  | { readonly name: 'idle' }
  | { readonly name: 'saving'; readonly format: ReportFormat }
  | { readonly name: 'saved'; readonly format: ReportFormat; readonly path: string }
  | { readonly name: 'cancelled'; readonly format: ReportFormat }
  | { readonly name: 'failed'; readonly format: ReportFormat; readonly error: AppError };

interface ReportState {
  readonly export: ExportStatus;
  readonly actions: {
    exportReport(jobId: string, format: ReportFormat): Promise<void>;
    reset(): void;
  };
}

export const useSiteReportStore = create<ReportState>()((set, get) => ({
  export: { name: 'idle' },
  actions: {
    exportReport: async (jobId, format) => {
      if (get().export.name === 'saving') return;
      set({ export: { name: 'saving', format } });
      const result = await settle(() => invisApi().site.exportReport({ jobId, format }));
      if (!result.ok) set({ export: { name: 'failed', format, error: result.error } });
      else if (result.value === null) set({ export: { name: 'cancelled', format } });
      else set({ export: { name: 'saved', format, path: result.value.path } });
    },
    reset: () => set({ export: { name: 'idle' } }),
  },
}));

export const selectExportStatus = (state: ReportState): ExportStatus => state.export;
export const selectReportActions = (state: ReportState): ReportState['actions'] => state.actions;
