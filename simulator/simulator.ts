import { Device } from './device.js';
import type { Listener } from './link.js';
import { resolveOptions } from './options.js';
import { Rng } from './rng.js';
import { createTcpListener } from './tcp-listener.js';
import type { RunningSimulator, SimulatorOptions } from './types.js';
import { createWsListener } from './ws-listener.js';

/**
 * Starts one simulated InvisOutlet: revB listens on raw TCP, revA on WebSocket /ws (plus
 * the web page); never both, so clients that probe TCP first and fall back to WebSocket
 * (protocol.md §2.1) see a real difference. Resolves once it is listening.
 */
export async function startSimulator(options: SimulatorOptions): Promise<RunningSimulator> {
  const resolved = resolveOptions(options);
  const device = new Device(resolved);
  const listener: Listener =
    resolved.rev === 'B'
      ? createTcpListener(
          {
            host: resolved.host,
            port: resolved.port,
            framing: resolved.framing,
            // Its own stream, forked per connection inside: framing never shifts the timing.
            rng: new Rng(resolved.seed).fork(4),
          },
          device,
        )
      : createWsListener(
          {
            host: resolved.host,
            port: resolved.port,
            serial: resolved.serial,
            autoPong: resolved.scenario !== 'silent',
          },
          device,
        );
  device.attach(listener);
  try {
    await listener.start();
  } catch (error) {
    device.scheduler.dispose();
    await listener.dispose();
    throw error;
  }
  device.log('listening', { port: listener.port });

  let closing: Promise<void> | null = null;
  return {
    host: resolved.host,
    rev: resolved.rev,
    serial: resolved.serial,
    tcpPort: resolved.rev === 'B' ? listener.port : null,
    wsPort: resolved.rev === 'A' ? listener.port : null,
    snapshot: () => device.state.snapshot(listener.listening),
    close: () => {
      closing ??= (async () => {
        device.scheduler.dispose();
        await listener.dispose();
        device.log('closed', {});
      })();
      return closing;
    },
  };
}
