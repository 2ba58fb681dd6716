import { vi, type Mock } from 'vitest';
import type {
  AppInfo,
  DeviceView,
  EventMap,
  InvisApi,
  OtaView,
} from '../../../shared/ipc/contract.js';
import { appError, type AppError } from '../../../shared/errors.js';
import { err, ok } from '../../../shared/result.js';
import { createFakeSiteApi, type FakeSiteApi } from './fake-site-api.js';
import { deviceView } from './fixtures.js';

type Listener<T> = (payload: T) => void;

/** Every verb of InvisApi as a vi.fn with the verb's exact type, so tests stay type-checked. */
export interface FakeInvisApi extends InvisApi {
  readonly device: {
    readonly [K in keyof InvisApi['device']]: Mock<InvisApi['device'][K]>;
  };
  readonly ota: { readonly [K in keyof InvisApi['ota']]: Mock<InvisApi['ota'][K]> };
  readonly app: { readonly [K in keyof InvisApi['app']]: Mock<InvisApi['app'][K]> };
  readonly site: FakeSiteApi;
  /** Pushes an `ota:state-changed` event to every subscribed listener. */
  emitState(view: OtaView): void;
  emitLink(event: EventMap['device:link-changed']): void;
}

export const APP_INFO: AppInfo = {
  version: '0.1.0',
  logPath: '/home/user/.config/Invis Updater/logs/main.log',
  platform: 'linux',
};

export function failure(code: AppError['code'], message = `fake ${code}`) {
  return err(appError(code, message));
}

/** A fake bridge whose defaults succeed with the standard fixture device. */
export function createFakeInvisApi(device: DeviceView = deviceView()): FakeInvisApi {
  const stateListeners = new Set<Listener<OtaView>>();
  const linkListeners = new Set<Listener<EventMap['device:link-changed']>>();
  const subscribe =
    <T>(set: Set<Listener<T>>) =>
    (listener: Listener<T>) => {
      set.add(listener);
      return () => set.delete(listener);
    };
  return {
    device: {
      connect: vi.fn<InvisApi['device']['connect']>(async () => ok(device)),
      connectDemo: vi.fn<InvisApi['device']['connectDemo']>(async () =>
        ok({ ...device, demo: true }),
      ),
      refresh: vi.fn<InvisApi['device']['refresh']>(async () => ok(device)),
      disconnect: vi.fn<InvisApi['device']['disconnect']>(async () => ok(null)),
      listRecent: vi.fn<InvisApi['device']['listRecent']>(async () => ok([])),
      onLinkChanged: vi.fn<InvisApi['device']['onLinkChanged']>(subscribe(linkListeners)),
    },
    ota: {
      start: vi.fn<InvisApi['ota']['start']>(async () => failure('internal', 'not scripted')),
      cancel: vi.fn<InvisApi['ota']['cancel']>(async () => ok(null)),
      getState: vi.fn<InvisApi['ota']['getState']>(async () => ok(null)),
      getActive: vi.fn<InvisApi['ota']['getActive']>(async () => ok(null)),
      listUnfinished: vi.fn<InvisApi['ota']['listUnfinished']>(async () => ok([])),
      checkUnfinished: vi.fn<InvisApi['ota']['checkUnfinished']>(async () =>
        failure('internal', 'not scripted'),
      ),
      forgetUnfinished: vi.fn<InvisApi['ota']['forgetUnfinished']>(async () => ok(null)),
      onStateChanged: vi.fn<InvisApi['ota']['onStateChanged']>(subscribe(stateListeners)),
    },
    app: {
      getInfo: vi.fn<InvisApi['app']['getInfo']>(async () => ok(APP_INFO)),
    },
    site: createFakeSiteApi(),
    emitState: (view) => stateListeners.forEach((listener) => listener(view)),
    emitLink: (event) => linkListeners.forEach((listener) => listener(event)),
  };
}
