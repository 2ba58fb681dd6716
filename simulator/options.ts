import { isScenarioName } from './scenarios.js';
import type {
  ScenarioName,
  SimDeco,
  SimEvent,
  SimFraming,
  SimRevision,
  SimulatorOptions,
} from './types.js';

/** SimulatorOptions with every default filled in, checked once so the rest can trust it. */
export interface ResolvedOptions {
  rev: SimRevision;
  deco: SimDeco;
  scenario: ScenarioName;
  host: string;
  port: number;
  speed: number;
  framing: SimFraming;
  seed: number;
  serial: string;
  outletVersion: string;
  availableOutletVersion: string;
  webVersion: string | null;
  availableWebVersion: string | null;
  decoVersion: string;
  availableDecoVersion: string;
  restartDowntimeMs: number;
  rebootDowntimeMs: number;
  log: (event: SimEvent) => void;
}

const FRAMINGS: readonly SimFraming[] = ['newline', 'none', 'split', 'coalesce', 'chaos'];
const DECOS: readonly SimDeco[] = ['none', 'online', 'offline'];

/**
 * Fills in defaults. 'already-current' makes every available version equal to the
 * installed one, so callback 20 and the 21 decline agree without a special case.
 * Throws RangeError on values no real device could have (a caller bug, not a scenario).
 */
export function resolveOptions(options: SimulatorOptions): ResolvedOptions {
  const rev = options.rev;
  if (rev !== 'A' && rev !== 'B') throw new RangeError(`rev must be 'A' or 'B', got ${rev}`);
  const deco = options.deco ?? 'online';
  if (!DECOS.includes(deco)) throw new RangeError(`deco must be one of ${DECOS.join(', ')}`);
  const scenario = options.scenario ?? 'success';
  if (!isScenarioName(scenario)) throw new RangeError(`unknown scenario ${scenario}`);
  const framing = options.framing ?? 'chaos';
  if (!FRAMINGS.includes(framing)) throw new RangeError(`framing must be ${FRAMINGS.join(', ')}`);
  const speed = options.speed ?? 1;
  if (!Number.isFinite(speed) || speed <= 0) throw new RangeError('speed must be > 0');
  const port = (rev === 'B' ? options.tcpPort : options.wsPort) ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError('bad port');

  const current = scenario === 'already-current';
  const outletVersion = options.outletVersion ?? '1.4.0';
  const webVersion = rev === 'A' ? (options.webVersion ?? '2.0.0') : null;
  const decoVersion = options.decoVersion ?? '3.0.0';
  return {
    rev,
    deco,
    scenario,
    framing,
    speed,
    port,
    host: options.host ?? '127.0.0.1',
    seed: options.seed ?? 1,
    serial: options.serial ?? (rev === 'B' ? '11A18240076' : '0003C44076'),
    outletVersion,
    availableOutletVersion: current ? outletVersion : (options.availableOutletVersion ?? '1.5.0'),
    webVersion,
    availableWebVersion:
      webVersion === null || current ? webVersion : (options.availableWebVersion ?? '2.1.0'),
    decoVersion,
    availableDecoVersion: current ? decoVersion : (options.availableDecoVersion ?? '3.1.0'),
    restartDowntimeMs: nonNegative(options.restartDowntimeMs ?? 1500, 'restartDowntimeMs'),
    rebootDowntimeMs: nonNegative(
      options.rebootDowntimeMs ?? (scenario === 'slow-reboot' ? 20_000 : 6000),
      'rebootDowntimeMs',
    ),
    log: options.log ?? (() => undefined),
  };
}

function nonNegative(value: number, name: string): number {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be >= 0`);
  return value;
}
