import { create } from 'zustand';
import type { AppError } from '../../shared/errors.js';
import type { UnfinishedUpdate } from '../../shared/ipc/contract.js';
import type { RecheckVerdict } from '../../shared/site/recovered-outcome.js';
import { invisApi } from '../api/invis-api';
import { settle } from './settle';

/** Where the check of one interrupted update stands. */
export type UnfinishedCheck =
  | { readonly name: 'unchecked' }
  | { readonly name: 'checking' }
  | { readonly name: 'checked'; readonly verdict: RecheckVerdict }
  | { readonly name: 'failed'; readonly error: AppError };

export interface UnfinishedItem {
  readonly update: UnfinishedUpdate;
  readonly check: UnfinishedCheck;
}

interface UnfinishedState {
  readonly items: readonly UnfinishedItem[];
  readonly actions: {
    load(): Promise<void>;
    check(serial: string): Promise<void>;
    /** Main forgets the record; the item leaves the list here at once. */
    forget(serial: string): void;
    /** Hides an item whose check settled it (main has already dropped the record). */
    dismiss(serial: string): void;
  };
}

/** Updates the app was closed or crashed in the middle of, as main remembered them. */
export const useUnfinishedStore = create<UnfinishedState>()((set, get) => {
  function setCheck(serial: string, check: UnfinishedCheck): void {
    set({
      items: get().items.map((item) => (item.update.serial === serial ? { ...item, check } : item)),
    });
  }
  const without = (serial: string) => get().items.filter((item) => item.update.serial !== serial);

  return {
    items: [],
    actions: {
      load: async () => {
        const result = await settle(() => invisApi().ota.listUnfinished());
        if (!result.ok) return; // only a reminder: the wizard works without it
        const known = new Map(get().items.map((item) => [item.update.serial, item.check]));
        set({
          items: result.value.map((update) => ({
            update,
            check: known.get(update.serial) ?? { name: 'unchecked' },
          })),
        });
      },
      check: async (serial) => {
        const item = get().items.find((entry) => entry.update.serial === serial);
        if (!item || item.check.name === 'checking') return;
        setCheck(serial, { name: 'checking' });
        const result = await settle(() => invisApi().ota.checkUnfinished({ serial }));
        setCheck(
          serial,
          result.ok
            ? { name: 'checked', verdict: result.value }
            : { name: 'failed', error: result.error },
        );
      },
      forget: (serial) => {
        set({ items: without(serial) });
        void settle(() => invisApi().ota.forgetUnfinished({ serial }));
      },
      dismiss: (serial) => set({ items: without(serial) }),
    },
  };
});

export const selectUnfinishedItems = (state: UnfinishedState): readonly UnfinishedItem[] =>
  state.items;
export const selectUnfinishedActions = (state: UnfinishedState): UnfinishedState['actions'] =>
  state.actions;
