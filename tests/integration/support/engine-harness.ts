import { connectOutlet } from '../../../electron/outlet/connect-outlet.js';
import { OtaService } from '../../../electron/ota/ota-service.js';
import { systemClock } from '../../../electron/support/clock.js';
import type { Logger } from '../../../electron/support/logger.js';
import type {
  MethodChoice,
  OtaTarget,
  OtaTimeouts,
  TransportChoice,
} from '../../../shared/model/ota.js';
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '../../../simulator/index.js';
import { closedPort } from './ports.js';

/** Every test simulator runs this much faster than a real outlet; timeouts shrink to match. */
export const SPEED = 50;

/** The engine's default timeouts shrunk by the simulator's speed factor. */
export function timeoutsFor(speed: number): OtaTimeouts {
  return {
    stallMs: 60_000 / speed,
    rebootMs: 180_000 / speed,
    verifyMs: 240_000 / speed,
    pollMs: 100,
  };
}

export const FAST_TIMEOUTS: OtaTimeouts = timeoutsFor(SPEED);

/** Collects log lines so a failing test can show what happened. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => void lines.push(`info ${message}`),
    warn: (message) => void lines.push(`warn ${message}`),
  };
}

const running = new Set<RunningSimulator>();

export async function simulator(
  options: Partial<SimulatorOptions> & Pick<SimulatorOptions, 'rev'>,
) {
  const sim = await startSimulator({ speed: SPEED, ...options });
  running.add(sim);
  return sim;
}

export async function closeSimulators(): Promise<void> {
  await Promise.all([...running].map((sim) => sim.close()));
  running.clear();
}

/** Where the client should connect: the simulator's real port, and a refusing one for the other. */
export async function addressOf(sim: RunningSimulator) {
  return {
    host: sim.host,
    tcpPort: sim.tcpPort ?? (await closedPort()),
    wsPort: sim.wsPort ?? (await closedPort()),
  };
}

export interface UpdateRun {
  target: OtaTarget;
  method?: MethodChoice;
  transport?: TransportChoice;
  timeouts?: OtaTimeouts;
}

/** Connects the way the app does (auto transport unless told) and runs one update to its end. */
export async function updateOn(sim: RunningSimulator, run: UpdateRun) {
  const log = memoryLogger();
  const connected = await connectOutlet({
    ...(await addressOf(sim)),
    transport: run.transport ?? 'auto',
    requestTimeoutMs: 1_000,
    log,
  });
  if (!connected.ok) throw new Error(`connect failed: ${connected.error.message}`);
  const service = new OtaService(systemClock, log);
  const started = service.begin(connected.value, {
    target: run.target,
    choice: run.method ?? 'auto',
    timeouts: run.timeouts ?? FAST_TIMEOUTS,
  });
  if (!started.ok) throw new Error(started.error.message);
  const states: string[] = [];
  started.value.onChange((snapshot) => {
    const name = snapshot.run.state.name;
    if (states.at(-1) !== name) states.push(name);
  });
  const outcome = await started.value.done;
  connected.value.session.close();
  return { outcome, states, log, transport: connected.value.session.kind };
}
