import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/app.js';
import { useDeviceStore } from '../../../../renderer/stores/device.store.js';
import { useOtaStore } from '../../../../renderer/stores/ota.store.js';
import { resumeActiveUpdate } from '../../../../renderer/stores/resume-active-update.js';
import { useWizardStore, wizardActions } from '../../../../renderer/stores/wizard.store.js';
import { ok } from '../../../../shared/result.js';
import { failure } from '../fake-invis-api.js';
import { SERIAL, checkingRun, deviceView, otaView, outletDownloading } from '../fixtures.js';
import { useFakeBridge } from '../test-env.js';

describe('a window that loads again while main runs an update', () => {
  const bridge = useFakeBridge();

  it('goes straight to the Update step of that run, with its device and choice', async () => {
    const running = otaView(outletDownloading(40), { runId: 'run-7' });
    bridge.api().ota.getActive.mockResolvedValue(ok({ device: deviceView(), view: running }));
    render(<App />);
    expect(await resumeActiveUpdate()).toBe(true);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Updating the outlet' }),
    ).toBeVisible();
    expect(useDeviceStore.getState().device?.deviceId).toBe(SERIAL);
    expect(useOtaStore.getState()).toMatchObject({
      deviceId: SERIAL,
      runId: 'run-7',
      view: running,
    });
    expect(useWizardStore.getState()).toMatchObject({ target: 'outlet', method: 'auto' });
  });

  it('a Deco run comes back with its method', async () => {
    const running = otaView(checkingRun('deco', 'outlet'), { runId: 'run-8' });
    bridge.api().ota.getActive.mockResolvedValue(ok({ device: deviceView(), view: running }));
    expect(await resumeActiveUpdate()).toBe(true);
    expect(useWizardStore.getState()).toMatchObject({
      step: 'update',
      target: 'deco',
      method: 'outlet',
    });
  });

  it('stays on Connect when nothing runs, or main cannot say', async () => {
    expect(await resumeActiveUpdate()).toBe(false);
    bridge.api().ota.getActive.mockResolvedValue(failure('internal'));
    expect(await resumeActiveUpdate()).toBe(false);
    expect(useWizardStore.getState().step).toBe('connect');
    expect(useOtaStore.getState().runId).toBeNull();
  });

  it('leaves the person where they are if they already moved on from Connect', async () => {
    wizardActions().goTo('device');
    const running = otaView(outletDownloading(40), { runId: 'run-9' });
    bridge.api().ota.getActive.mockResolvedValue(ok({ device: deviceView(), view: running }));
    expect(await resumeActiveUpdate()).toBe(false);
    expect(useWizardStore.getState().step).toBe('device');
  });
});
