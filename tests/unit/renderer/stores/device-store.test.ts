import { describe, expect, it } from 'vitest';
import type { InvokeResult } from '../../../../shared/ipc/contract.js';
import { ok } from '../../../../shared/result.js';
import { deviceActions, useDeviceStore } from '../../../../renderer/stores/device.store.js';
import { failure } from '../fake-invis-api.js';
import { SERIAL, deviceView } from '../fixtures.js';
import { useFakeBridge } from '../test-env.js';

const state = () => useDeviceStore.getState();

describe('device store', () => {
  const bridge = useFakeBridge();

  it('is connecting while the call is in flight, then holds the device', async () => {
    let reply!: (value: InvokeResult<'device:connect'>) => void;
    bridge.api().device.connect.mockReturnValueOnce(
      new Promise((resolve) => {
        reply = resolve;
      }),
    );
    const connected = deviceActions().connect({ host: '192.168.1.20' });
    expect(state().connect).toEqual({ name: 'connecting', via: 'address' });
    // A second press while connecting does not start a second attempt.
    expect(await deviceActions().connect({ host: '192.168.1.20' })).toBe(false);
    reply(ok(deviceView()));
    expect(await connected).toBe(true);
    expect(state().connect).toEqual({ name: 'idle' });
    expect(state().device?.deviceId).toBe(SERIAL);
    expect(bridge.api().device.connect).toHaveBeenCalledTimes(1);
  });

  it('keeps the error code when connecting fails', async () => {
    bridge.api().device.connect.mockResolvedValueOnce(failure('unreachable'));
    expect(await deviceActions().connect({ host: '10.0.0.9' })).toBe(false);
    expect(state().connect).toMatchObject({ name: 'failed', error: { code: 'unreachable' } });
    expect(state().device).toBeNull();
  });

  it('connects to the demo outlet', async () => {
    expect(await deviceActions().connectDemo()).toBe(true);
    expect(bridge.api().device.connectDemo).toHaveBeenCalled();
    expect(state().device?.demo).toBe(true);
  });

  it('refreshes the device, and keeps the old view with an error when that fails', async () => {
    await deviceActions().connect({ host: '192.168.1.20' });
    bridge.api().device.refresh.mockResolvedValueOnce(ok(deviceView({ updates: null })));
    expect(await deviceActions().refresh()).toBe(true);
    expect(bridge.api().device.refresh).toHaveBeenCalledWith({ deviceId: SERIAL });
    expect(state().device?.updates).toBeNull();
    bridge.api().device.refresh.mockResolvedValueOnce(failure('timeout'));
    expect(await deviceActions().refresh()).toBe(false);
    expect(state().refresh).toMatchObject({ name: 'failed', error: { code: 'timeout' } });
    expect(state().device).not.toBeNull();
  });

  it('follows link changes of its own device only', async () => {
    await deviceActions().connect({ host: '192.168.1.20' });
    deviceActions().linkChanged({ deviceId: 'SOMEONE-ELSE', link: 'down' });
    expect(state().device?.link).toBe('up');
    deviceActions().linkChanged({ deviceId: SERIAL, link: 'down' });
    expect(state().device?.link).toBe('down');
  });

  it('loads the recent devices main remembers', async () => {
    const recent = [{ host: '192.168.1.20', serial: SERIAL, lastSeen: '2025-01-15T09:00:00Z' }];
    bridge.api().device.listRecent.mockResolvedValueOnce(ok(recent));
    await deviceActions().loadRecent();
    expect(state().recent).toEqual(recent);
  });

  it('disconnects: forgets the device and tells main', async () => {
    await deviceActions().connect({ host: '192.168.1.20' });
    deviceActions().disconnect();
    expect(state().device).toBeNull();
    expect(bridge.api().device.disconnect).toHaveBeenCalledWith({ deviceId: SERIAL });
  });
});
