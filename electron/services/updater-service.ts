import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { appError } from '../../shared/errors.js';
import type {
  ActiveUpdate,
  AppInfo,
  ConnectArgs,
  DeviceView,
  EventChannel,
  EventMap,
  OtaView,
} from '../../shared/ipc/contract.js';
import { DEFAULT_TIMEOUTS, type OtaTimeouts } from '../../shared/model/ota.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { DeviceAddress } from '../../shared/site/device-address.js';
import type { InvokeHandlers } from '../ipc/invoke-dispatcher.js';
import { connectOutlet, type ConnectedOutlet } from '../outlet/connect-outlet.js';
import type { Connector } from '../outlet/connectors.js';
import type { PowerSource } from '../site/power-source.js';
import { readAvailableUpdates, readDeviceInfo } from '../outlet/device-reads.js';
import type { OtaSnapshot } from '../ota/ota-runner.js';
import { OtaService } from '../ota/ota-service.js';
import type { Clock } from '../support/clock.js';
import type { Logger } from '../support/logger.js';
import { DEMO_SPEED, startDemoOutlet, type DemoOutlet } from './demo-outlet.js';
import { createRecentDevicesStore } from './recent-devices.js';
import { createSiteHandlers, type SiteFiles } from './site-handlers.js';
import { createUnfinishedHandlers } from './unfinished-handlers.js';
import { createUnfinishedRecorder } from './unfinished-recorder.js';
import { createUnfinishedUpdatesStore } from './unfinished-updates.js';

export interface UpdaterServiceDeps {
  readonly clock: Clock;
  readonly log: Logger;
  readonly recentFile: string;
  readonly emit: <E extends EventChannel>(channel: E, payload: EventMap[E]) => void;
  readonly appInfo: () => AppInfo;
  readonly connector?: Connector;
  readonly timeouts?: OtaTimeouts;
  /**
   * Site-job journals go to `<dataDir>/site-jobs/` and unfinished wizard updates to
   * `<dataDir>/unfinished-updates.json`; default: the folder of `recentFile`.
   */
  readonly dataDir?: string;
  /** The save dialog and PDF printer for site reports (the Electron edge). */
  readonly files: SiteFiles;
  /** Battery or mains, for the site pre-flight warning. */
  readonly power?: PowerSource;
  /** Browse mDNS during a site scan; off in tests (nothing may leave 127.0.0.0/8). */
  readonly mdns?: boolean;
}

export interface UpdaterService {
  readonly handlers: InvokeHandlers;
  activeUpdates(): number;
  dispose(): Promise<void>;
}

interface ConnectedDevice {
  outlet: ConnectedOutlet;
  /** How it was reached, to reach it again after a restart of the app. */
  address: DeviceAddress;
  view: DeviceView;
  timeouts: OtaTimeouts;
  lastOta: OtaView | null;
  runner: { cancel(): void } | null;
}

/** The demo outlet runs DEMO_SPEED times faster, so its timeouts shrink with it. */
function scaled(timeouts: OtaTimeouts, factor: number): OtaTimeouts {
  return {
    stallMs: timeouts.stallMs / factor,
    rebootMs: timeouts.rebootMs / factor,
    verifyMs: timeouts.verifyMs / factor,
    pollMs: 1_000,
  };
}

/**
 * Everything the desktop app's main process does for the wizard, in plain Node: keeps one
 * session per connected outlet (keyed by serial), runs updates through the OtaService and
 * turns each machine step into an `ota:state-changed` event. Electron only adds the window.
 */
export function createUpdaterService(deps: UpdaterServiceDeps): UpdaterService {
  const { clock, log, emit } = deps;
  const devices = new Map<string, ConnectedDevice>();
  const ota = new OtaService(clock, log);
  const recent = createRecentDevicesStore(deps.recentFile, log);
  const baseTimeouts = deps.timeouts ?? DEFAULT_TIMEOUTS;
  const dataDir = deps.dataDir ?? dirname(deps.recentFile);
  const unfinished = createUnfinishedUpdatesStore(join(dataDir, 'unfinished-updates.json'), log);
  const recorder = createUnfinishedRecorder(unfinished, clock, log);
  const unfinishedChecks = createUnfinishedHandlers({
    store: unfinished,
    ota,
    reach: {
      clock,
      log,
      connectTimeoutMs: 10_000,
      requestTimeoutMs: 5_000,
      connector: deps.connector,
    },
    timeouts: baseTimeouts,
  });
  let demo: Promise<DemoOutlet> | null = null;
  const site = createSiteHandlers({
    dataDir,
    clock,
    log,
    emit,
    files: deps.files,
    timeouts: deps.timeouts,
    connector: deps.connector,
    power: deps.power,
    mdns: deps.mdns,
    ota,
  });

  async function describe(
    outlet: ConnectedOutlet,
    host: string,
    isDemo: boolean,
  ): Promise<DeviceView> {
    const updates = await readAvailableUpdates(outlet.session);
    return {
      deviceId: outlet.info.serial,
      host,
      transport: outlet.session.kind,
      info: outlet.info,
      updates: updates.ok ? updates.value : null,
      updatesError: updates.ok ? null : updates.error.message,
      link: outlet.session.isUp ? 'up' : 'down',
      demo: isDemo,
    };
  }

  async function connect(args: ConnectArgs, isDemo: boolean): Promise<Result<DeviceView>> {
    const connected = await connectOutlet({ ...args, log, connector: deps.connector, clock });
    if (!connected.ok) return connected;
    const outlet = connected.value;
    const existing = devices.get(outlet.info.serial);
    if (existing?.runner) {
      outlet.session.close();
      return ok(existing.view); // keep following the running update on its own session
    }
    existing?.outlet.session.close();
    const view = await describe(outlet, args.host, isDemo);
    const device: ConnectedDevice = {
      outlet,
      address: { host: args.host, tcpPort: args.tcpPort ?? null, wsPort: args.wsPort ?? null },
      view,
      timeouts: isDemo ? scaled(baseTimeouts, DEMO_SPEED) : baseTimeouts,
      lastOta: null,
      runner: null,
    };
    devices.set(view.deviceId, device);
    outlet.session.onLink((link) => {
      device.view = { ...device.view, link };
      emit('device:link-changed', { deviceId: view.deviceId, link });
    });
    if (!isDemo) {
      await recent.remember({ host: args.host, serial: view.deviceId }, new Date(clock.now()));
      await noteVersionsSeen(view);
    }
    return ok(view);
  }

  let disposing = false;
  /** Serials between "start" and the runner existing (the record is being written). */
  const starting = new Set<string>();

  /** Versions read outside an update may settle an unfinished record (never a running one's). */
  async function noteVersionsSeen(view: DeviceView): Promise<void> {
    if (!ota.isUpdating(view.deviceId)) await recorder.seen(view);
  }

  function find(deviceId: string): Result<ConnectedDevice> {
    const device = devices.get(deviceId);
    return device
      ? ok(device)
      : err(appError('bad-argument', `Outlet ${deviceId} is not connected; connect to it first.`));
  }

  function toView(
    deviceId: string,
    runId: string,
    startedAt: number,
    snapshot: OtaSnapshot,
  ): OtaView {
    const { at, run, progress, status } = snapshot;
    return { deviceId, runId, startedAt, at, run, progress, status };
  }

  const handlers: InvokeHandlers = {
    'device:connect': (args) => connect(args, false),
    'device:connect-demo': async () => {
      demo ??= startDemoOutlet();
      const outlet = await demo.catch((error: unknown) => {
        demo = null;
        throw error;
      });
      return connect({ host: outlet.host, transport: 'tcp', tcpPort: outlet.tcpPort }, true);
    },
    'device:refresh': async ({ deviceId }) => {
      const found = find(deviceId);
      if (!found.ok) return found;
      const device = found.value;
      const info = await readDeviceInfo(device.outlet.session);
      if (!info.ok) return info;
      device.outlet = { ...device.outlet, info: info.value };
      device.view = await describe(device.outlet, device.view.host, device.view.demo);
      if (!device.view.demo) await noteVersionsSeen(device.view);
      return ok(device.view);
    },
    'device:disconnect': async ({ deviceId }) => {
      const found = find(deviceId);
      if (!found.ok) return found;
      if (found.value.runner) {
        return err(
          appError('busy', 'An update is running on this outlet; wait for it to finish.', true),
        );
      }
      found.value.outlet.session.close();
      devices.delete(deviceId);
      return ok(null);
    },
    'device:list-recent': async () => ok(await recent.list()),
    'ota:start': async ({ deviceId, target, method }) => {
      const found = find(deviceId);
      if (!found.ok) return found;
      const device = found.value;
      if (starting.has(deviceId) || ota.isUpdating(deviceId)) {
        return err(appError('busy', `Outlet ${deviceId} is already being updated.`, true));
      }
      if (unfinishedChecks.isChecking(deviceId)) {
        return err(
          appError('busy', `Outlet ${deviceId} is being checked; start once the check ends.`, true),
        );
      }
      starting.add(deviceId);
      let started: ReturnType<OtaService['begin']>;
      try {
        // Recorded before the update starts, so an app that dies mid-update can ask later.
        if (!device.view.demo) await recorder.starting(device.view, device.address, target);
        started = ota.begin(device.outlet, { target, choice: method, timeouts: device.timeouts });
      } finally {
        starting.delete(deviceId);
      }
      if (!started.ok) {
        await recorder.abandoned(deviceId);
        return started;
      }
      const runner = started.value;
      const runId = randomUUID();
      const startedAt = clock.now();
      device.runner = runner;
      const publish = (snapshot: OtaSnapshot) => {
        device.lastOta = toView(deviceId, runId, startedAt, snapshot);
        emit('ota:state-changed', device.lastOta);
      };
      runner.onChange(publish);
      void runner.done.then(async (outcome) => {
        device.runner = null;
        // A dispose (the app quitting) cancels the run but leaves the record for next time.
        if (!disposing) await recorder.ended(deviceId, outcome);
      });
      publish(runner.snapshot());
      return ok(device.lastOta as OtaView);
    },
    'ota:cancel': async ({ deviceId }) => {
      const found = find(deviceId);
      if (!found.ok) return found;
      found.value.runner?.cancel();
      return ok(null);
    },
    'ota:get-state': async ({ deviceId }) => {
      const found = find(deviceId);
      return found.ok ? ok(found.value.lastOta) : found;
    },
    'ota:get-active': async () => {
      // The newest running wizard update: a window that crashed and loaded again resumes it.
      let active: ActiveUpdate | null = null;
      for (const device of devices.values()) {
        const view = device.lastOta;
        if (device.runner === null || view === null) continue;
        if (active === null || view.startedAt > active.view.startedAt) {
          active = { device: device.view, view };
        }
      }
      return ok(active);
    },
    'app:get-info': async () => ok(deps.appInfo()),
    ...unfinishedChecks.handlers,
    ...site.handlers,
  };

  return {
    handlers,
    activeUpdates: () =>
      [...devices.values()].filter((device) => device.runner !== null).length +
      site.activeUpdates(),
    async dispose() {
      disposing = true;
      await site.dispose();
      for (const device of devices.values()) {
        device.runner?.cancel();
        device.outlet.session.close();
      }
      devices.clear();
      const running = demo;
      demo = null;
      if (running) await (await running.catch(() => null))?.stop();
    },
  };
}
