import { afterEach } from 'vitest';
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '../../../../simulator/index.js';
import { RawTcpClient } from './raw-tcp-client.js';
import { RawWsClient } from './raw-ws-client.js';
import { EventRecorder } from './wait.js';

export interface Started {
  sim: RunningSimulator;
  events: EventRecorder;
  /** Connects a raw client to the simulator's own transport (TCP for revB, WS for revA). */
  connect(): Promise<RawTcpClient | RawWsClient>;
  /** The same, retrying every 20 ms (or at once when it logs 'listening') while it restarts. */
  reconnect(): Promise<RawTcpClient | RawWsClient>;
}

/**
 * Starts simulators and raw clients for one test file and closes them all after each test,
 * so a failing test cannot leave a listener or a timer behind for the next one.
 */
export function useSimulators(): (options: SimulatorOptions) => Promise<Started> {
  const running: RunningSimulator[] = [];
  const clients: Array<{ close(): void }> = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await Promise.all(running.splice(0).map((sim) => sim.close()));
  });
  return async (options) => {
    const events = new EventRecorder();
    const sim = await startSimulator({ ...options, log: events.log });
    running.push(sim);
    const tracked = <T extends { close(): void }>(client: T): T => {
      clients.push(client);
      return client;
    };
    return {
      sim,
      events,
      connect: async () =>
        tracked(
          sim.tcpPort !== null
            ? await RawTcpClient.connect(sim.host, sim.tcpPort)
            : await RawWsClient.connect(sim.host, sim.wsPort ?? 0),
        ),
      reconnect: async () => {
        const retry = { wake: () => events.next('listening') };
        return tracked(
          sim.tcpPort !== null
            ? await RawTcpClient.connectWithRetry(sim.host, sim.tcpPort, retry)
            : await RawWsClient.connectWithRetry(sim.host, sim.wsPort ?? 0, retry),
        );
      },
    };
  };
}
