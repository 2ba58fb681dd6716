import { create } from 'zustand';
import type { AppError } from '../../shared/errors.js';
import type { ConnectArgs, DeviceView, EventMap, RecentDevice } from '../../shared/ipc/contract.js';
import type { Result } from '../../shared/result.js';
import { invisApi } from '../api/invis-api';
import { settle } from './settle';

/** Connecting is one of three things, never a pair of booleans. */
export type ConnectStatus =
  | { readonly name: 'idle' }
  | { readonly name: 'connecting'; readonly via: 'address' | 'demo' }
  | { readonly name: 'failed'; readonly error: AppError };

export type RefreshStatus =
  | { readonly name: 'idle' }
  | { readonly name: 'refreshing' }
  | { readonly name: 'failed'; readonly error: AppError };

interface DeviceState {
  readonly connect: ConnectStatus;
  readonly refresh: RefreshStatus;
  readonly device: DeviceView | null;
  readonly recent: readonly RecentDevice[];
  readonly actions: {
    /** Resolves true once connected, so the step can move on. */
    connect(args: ConnectArgs): Promise<boolean>;
    connectDemo(): Promise<boolean>;
    refresh(): Promise<boolean>;
    /** Forgets the device here and tells main to close the session (best effort). */
    disconnect(): void;
    loadRecent(): Promise<void>;
    /** The outlet main is still connected to, for a window that loaded again. */
    restore(device: DeviceView): void;
    linkChanged(event: EventMap['device:link-changed']): void;
  };
}

const idle = { name: 'idle' } as const;

export const useDeviceStore = create<DeviceState>()((set, get) => {
  async function connectWith(
    via: 'address' | 'demo',
    call: () => Promise<Result<DeviceView>>,
  ): Promise<boolean> {
    if (get().connect.name === 'connecting') return false; // one attempt at a time
    set({ connect: { name: 'connecting', via } });
    const result = await settle(call);
    if (!result.ok) {
      set({ connect: { name: 'failed', error: result.error } });
      return false;
    }
    set({ connect: idle, refresh: idle, device: result.value });
    return true;
  }

  return {
    connect: idle,
    refresh: idle,
    device: null,
    recent: [],
    actions: {
      connect: (args) => connectWith('address', () => invisApi().device.connect(args)),
      connectDemo: () => connectWith('demo', () => invisApi().device.connectDemo()),
      refresh: async () => {
        const device = get().device;
        if (!device || get().refresh.name === 'refreshing') return false;
        set({ refresh: { name: 'refreshing' } });
        const result = await settle(() => invisApi().device.refresh({ deviceId: device.deviceId }));
        // The person may have moved to another outlet while this was in flight.
        if (get().device?.deviceId !== device.deviceId) return false;
        set(
          result.ok
            ? { refresh: idle, device: result.value }
            : { refresh: { name: 'failed', error: result.error } },
        );
        return result.ok;
      },
      disconnect: () => {
        const device = get().device;
        set({ device: null, connect: idle, refresh: idle });
        if (device) void settle(() => invisApi().device.disconnect({ deviceId: device.deviceId }));
      },
      loadRecent: async () => {
        const result = await settle(() => invisApi().device.listRecent());
        // No recent list is not worth an error: the address field still works.
        if (result.ok) set({ recent: result.value });
      },
      restore: (device) => set({ device, connect: idle, refresh: idle }),
      linkChanged: ({ deviceId, link }) => {
        const device = get().device;
        if (device && device.deviceId === deviceId) set({ device: { ...device, link } });
      },
    },
  };
});

export const selectDevice = (state: DeviceState): DeviceView | null => state.device;
export const selectConnectStatus = (state: DeviceState): ConnectStatus => state.connect;
export const selectRefreshStatus = (state: DeviceState): RefreshStatus => state.refresh;
export const selectRecent = (state: DeviceState): readonly RecentDevice[] => state.recent;
export const selectDeviceActions = (state: DeviceState): DeviceState['actions'] => state.actions;

export const deviceActions = (): DeviceState['actions'] => useDeviceStore.getState().actions;
