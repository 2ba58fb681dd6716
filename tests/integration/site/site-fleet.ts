import { EventEmitter } from 'node:events';
import type { SiteDeviceInput } from '../../../shared/site/site-device.js';
import {
  startSimulator,
  type RunningSimulator,
  type ScenarioName,
  type SimDeco,
  type SimEvent,
  type SimRevision,
} from '../../../simulator/index.js';
import { SPEED } from '../support/engine-harness.js';
import { closedPort } from '../support/ports.js';

/** One simulated outlet of a test site and what the test expects of it. */
export interface FleetDevice {
  readonly rev: SimRevision;
  /** Simulator speed; default SPEED (50). */
  readonly speed?: number;
  readonly deco: SimDeco;
  readonly scenario: ScenarioName;
  readonly critical?: 'confirmed' | 'unconfirmed';
  /** No simulator at all: nothing listens at the address. */
  readonly absent?: boolean;
}

export interface RunningFleet {
  readonly devices: ReadonlyArray<
    FleetDevice & {
      readonly host: string;
      readonly serial: string;
      readonly sim: RunningSimulator | null;
      /** Every SimEvent of this device, as it happens. */
      readonly events: EventEmitter<{ event: [SimEvent] }>;
    }
  >;
  readonly inputs: readonly SiteDeviceInput[];
  close(): Promise<void>;
}

/**
 * Starts one simulator per device, each on port 0 of its own loopback address (127.0.0.<first>
 * upwards; Linux routes all of 127/8 to lo), and the device list that points at them. The
 * transport the device does not speak gets a refusing port, as on a real outlet.
 */
export async function startFleet(
  specs: readonly FleetDevice[],
  first: number,
): Promise<RunningFleet> {
  const refused = await closedPort();
  const devices = await Promise.all(
    specs.map(async (spec, index) => {
      const host = `127.0.0.${first + index}`;
      const serial = `SIM${String(first + index).padStart(4, '0')}`;
      const events = new EventEmitter<{ event: [SimEvent] }>();
      const sim = spec.absent
        ? null
        : await startSimulator({
            rev: spec.rev,
            deco: spec.deco,
            scenario: spec.scenario,
            host,
            serial,
            speed: spec.speed ?? SPEED,
            log: (event) => events.emit('event', event),
          });
      return { ...spec, host, serial, sim, events };
    }),
  );
  const inputs = devices.map((device, index) => ({
    label: `Room ${index + 1} (${device.rev}${device.deco === 'none' ? '' : `+${device.deco}`} ${device.scenario})`,
    address: {
      host: device.host,
      tcpPort: device.sim?.tcpPort ?? refused,
      wsPort: device.sim?.wsPort ?? refused,
    },
    critical: device.critical !== undefined,
  }));
  return {
    devices,
    inputs,
    close: async () => {
      await Promise.all(devices.map((device) => device.sim?.close()));
    },
  };
}

/** The 21s a simulator received, as "target/method" strings. */
export function otaLog(sim: RunningSimulator | null): string[] {
  return sim
    ? sim.snapshot().otaRequests.map((request) => `${request.target}/${request.method}`)
    : [];
}

/** The device list as CSV, the way an installer would hand it to `site run`. */
export function fleetCsv(fleet: RunningFleet): string {
  const lines = ['address,label,critical,tcp_port,ws_port'];
  for (const input of fleet.inputs) {
    const { host, tcpPort, wsPort } = input.address;
    lines.push(
      `${host},"${input.label}",${input.critical ? 'yes' : 'no'},${tcpPort ?? ''},${wsPort ?? ''}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Resolves with the first event of a simulator that matches (already-past events do not count). */
export function nextSimEvent(
  events: EventEmitter<{ event: [SimEvent] }>,
  matches: (event: SimEvent) => boolean,
  timeoutMs = 20_000,
): Promise<SimEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      events.off('event', listener);
      reject(new Error(`no matching simulator event within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (event: SimEvent) => {
      if (!matches(event)) return;
      clearTimeout(timer);
      events.off('event', listener);
      resolve(event);
    };
    events.on('event', listener);
  });
}
