import { describe, expect, it } from 'vitest';
import { ok } from '../../../../shared/result.js';
import { bindEvents } from '../../../../renderer/stores/bind-events.js';
import { deviceActions, useDeviceStore } from '../../../../renderer/stores/device.store.js';
import { otaActions, useOtaStore } from '../../../../renderer/stores/ota.store.js';
import { wizardActions, useWizardStore } from '../../../../renderer/stores/wizard.store.js';
import { SERIAL, at, outletDownloading, otaView, runAfter } from '../fixtures.js';
import { useFakeBridge } from '../test-env.js';

describe('bind-events', () => {
  const bridge = useFakeBridge();

  it('routes main-process events to store actions until unbound', async () => {
    const unbind = bindEvents(bridge.api());
    await deviceActions().connect({ host: '192.168.1.20' });
    bridge.api().ota.start.mockResolvedValueOnce(ok(otaView(runAfter('outlet', 'auto', []))));
    await otaActions().start({ deviceId: SERIAL, target: 'outlet', method: 'auto' });

    bridge.api().emitState(otaView(outletDownloading(20), { at: at(3) }));
    bridge.api().emitLink({ deviceId: SERIAL, link: 'down' });
    expect(useOtaStore.getState().view?.status).toBe('Updating the outlet firmware: 20%');
    expect(useDeviceStore.getState().device?.link).toBe('down');

    unbind();
    bridge.api().emitState(otaView(outletDownloading(90), { at: at(9) }));
    expect(useOtaStore.getState().view?.status).toBe('Updating the outlet firmware: 20%');
  });
});

describe('wizard store', () => {
  useFakeBridge();

  it('moves between steps and forgets choices on reset', () => {
    wizardActions().goTo('choose');
    wizardActions().chooseTarget('deco');
    wizardActions().chooseMethod('wifi');
    expect(useWizardStore.getState()).toMatchObject({
      step: 'choose',
      target: 'deco',
      method: 'wifi',
    });
    wizardActions().reset();
    expect(useWizardStore.getState()).toMatchObject({
      step: 'connect',
      target: null,
      method: 'auto',
    });
  });
});
