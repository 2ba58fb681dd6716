import { create } from 'zustand';
import type { SiteJobView } from '../../shared/ipc/site-contract.js';
import { addressKey } from '../../shared/site/device-address.js';
import { parseDeviceCsv } from '../../shared/site/device-csv.js';
import { DEFAULT_CONCURRENCY } from '../../shared/site/job-state.js';
import type { SiteDeviceInput } from '../../shared/site/site-device.js';
import { invisApi } from '../api/invis-api';
import { acceptedLines } from './csv-lines';
import { settle } from './settle';
import type { RequestStatus } from './ota.store';

/** A device on the set-up list; `key` is its address key (one entry per address and ports). */
export interface DraftDevice extends SiteDeviceInput {
  readonly key: string;
}

export interface CsvLine {
  readonly line: number;
  readonly message: string;
}

/** What the last CSV import did: what loaded, and every row that did not, by line. */
export interface CsvImport {
  readonly fileName: string;
  readonly added: number;
  readonly problems: readonly CsvLine[];
  readonly duplicates: readonly CsvLine[];
  readonly fatal: string | null;
}

interface DraftState {
  readonly site: string;
  readonly technician: string;
  readonly concurrency: number;
  readonly devices: readonly DraftDevice[];
  readonly csv: CsvImport | null;
  readonly create: RequestStatus;
  readonly actions: {
    setSite(site: string): void;
    setTechnician(technician: string): void;
    setConcurrency(concurrency: number): void;
    /** False when the same address (and ports) is already listed. */
    add(device: SiteDeviceInput): boolean;
    /** Adds the new ones; returns how many were new. */
    addMany(devices: readonly SiteDeviceInput[]): number;
    remove(key: string): void;
    setLabel(key: string, label: string): void;
    setCritical(key: string, critical: boolean): void;
    importCsv(fileName: string, text: string): void;
    /** Creates the job in main; the view on success, so the caller can move on. */
    createJob(): Promise<SiteJobView | null>;
    reset(): void;
  };
}

const initial = {
  site: '',
  technician: '',
  concurrency: DEFAULT_CONCURRENCY,
  devices: [],
  csv: null,
  create: { name: 'idle' },
} as const;

export const useSiteDraftStore = create<DraftState>()((set, get) => {
  const has = (key: string) => get().devices.some((device) => device.key === key);
  const update = (key: string, change: Partial<SiteDeviceInput>) =>
    set({
      devices: get().devices.map((device) =>
        device.key === key ? { ...device, ...change } : device,
      ),
    });

  function add(device: SiteDeviceInput): boolean {
    const key = addressKey(device.address);
    if (has(key)) return false;
    set({ devices: [...get().devices, { ...device, key }] });
    return true;
  }

  return {
    ...initial,
    actions: {
      setSite: (site) => set({ site }),
      setTechnician: (technician) => set({ technician }),
      setConcurrency: (concurrency) => set({ concurrency }),
      add,
      addMany: (devices) => devices.filter(add).length,
      remove: (key) => set({ devices: get().devices.filter((device) => device.key !== key) }),
      setLabel: (key, label) => update(key, { label }),
      setCritical: (key, critical) => update(key, { critical }),
      importCsv: (fileName, text) => {
        const parsed = parseDeviceCsv(text);
        const lines = acceptedLines(text, parsed);
        // parseDeviceCsv drops duplicates inside the file; rows already on the list are
        // duplicates too, reported the same way (by line) rather than silently merged.
        const listed: CsvLine[] = [];
        let added = 0;
        parsed.devices.forEach((device, index) => {
          if (add(device)) added += 1;
          else listed.push({ line: lines[index] ?? 0, message: 'already in the list; skipped.' });
        });
        set({
          csv: {
            fileName,
            added,
            problems: parsed.problems,
            duplicates: [...parsed.duplicates, ...listed].sort((a, b) => a.line - b.line),
            fatal: parsed.fatal,
          },
        });
      },
      createJob: async () => {
        if (get().create.name === 'pending') return null;
        set({ create: { name: 'pending' } });
        const { site, technician, concurrency, devices } = get();
        const result = await settle(() =>
          invisApi().site.createJob({
            site: site.trim(),
            technician: technician.trim(),
            concurrency,
            devices: devices.map(({ key: _key, ...device }) => device),
          }),
        );
        set({ create: result.ok ? { name: 'idle' } : { name: 'failed', error: result.error } });
        return result.ok ? result.value : null;
      },
      reset: () => set({ ...initial }),
    },
  };
});

export type SiteDraft = Omit<DraftState, 'actions'>;
export const selectDraft = (state: DraftState): SiteDraft => state;
export const selectDraftDevices = (state: DraftState): readonly DraftDevice[] => state.devices;
export const selectCsvImport = (state: DraftState): CsvImport | null => state.csv;
export const selectCreateStatus = (state: DraftState): RequestStatus => state.create;
export const selectDraftActions = (state: DraftState): DraftState['actions'] => state.actions;
