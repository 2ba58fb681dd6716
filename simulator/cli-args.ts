import { SCENARIO_NAMES, isScenarioName } from './scenarios.js';
import type { SimFraming, SimulatorOptions } from './types.js';

/** A command-line mistake; main.ts prints the message as one line and exits 2. */
export class UsageError extends Error {}

export const USAGE =
  'usage: npm run --silent simulate -- [--rev A|B] [--deco none|online|offline] ' +
  '[--scenario NAME] [--tcp-port N] [--ws-port N] [--speed X] [--host H] ' +
  '[--framing newline|none|split|coalesce|chaos] [--seed N]';

const FLAGS = [
  '--rev',
  '--deco',
  '--scenario',
  '--tcp-port',
  '--ws-port',
  '--speed',
  '--host',
  '--framing',
  '--seed',
] as const;
type Flag = (typeof FLAGS)[number];

const FRAMINGS: readonly SimFraming[] = ['newline', 'none', 'split', 'coalesce', 'chaos'];

/** `{ help: true }` for --help, otherwise the simulator options. Throws UsageError. */
export function parseCliArgs(argv: readonly string[]): { help: true } | SimulatorOptions {
  const values = new Map<Flag, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return { help: true };
    const [name, inline] = arg.includes('=') ? splitOnce(arg) : [arg, undefined];
    if (!isFlag(name)) throw new UsageError(`unknown argument ${arg}; valid: ${FLAGS.join(', ')}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`${name} needs a value`);
    values.set(name, value);
  }

  const rev = oneOf(values, '--rev', ['A', 'B'] as const) ?? 'B';
  const options: SimulatorOptions = {
    rev,
    deco: oneOf(values, '--deco', ['none', 'online', 'offline'] as const) ?? 'online',
    scenario: scenario(values.get('--scenario')),
    host: values.get('--host') ?? '127.0.0.1',
    speed: number(values, '--speed', (n) => n > 0, 'a number > 0') ?? 1,
    framing: oneOf(values, '--framing', FRAMINGS) ?? 'chaos',
    seed: number(values, '--seed', Number.isInteger, 'an integer') ?? 1,
  };
  const port = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= 65535;
  const tcpPort = number(values, '--tcp-port', port, 'a port 0..65535');
  const wsPort = number(values, '--ws-port', port, 'a port 0..65535');
  if (tcpPort !== undefined && rev !== 'B') throw new UsageError('--tcp-port is for --rev B only');
  if (wsPort !== undefined && rev !== 'A') throw new UsageError('--ws-port is for --rev A only');
  if (tcpPort !== undefined) options.tcpPort = tcpPort;
  if (wsPort !== undefined) options.wsPort = wsPort;
  return options;
}

function isFlag(name: string): name is Flag {
  return (FLAGS as readonly string[]).includes(name);
}

function splitOnce(arg: string): [string, string] {
  const at = arg.indexOf('=');
  return [arg.slice(0, at), arg.slice(at + 1)];
}

function oneOf<T extends string>(
  values: Map<Flag, string>,
  flag: Flag,
  allowed: readonly T[],
): T | undefined {
  const value = values.get(flag);
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}

function scenario(value: string | undefined): SimulatorOptions['scenario'] {
  if (value === undefined) return 'success';
  if (isScenarioName(value)) return value;
  throw new UsageError(`--scenario must be one of ${SCENARIO_NAMES.join(', ')} (got "${value}")`);
}

function number(
  values: Map<Flag, string>,
  flag: Flag,
  valid: (n: number) => boolean,
  what: string,
): number | undefined {
  const text = values.get(flag);
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || !valid(n)) {
    throw new UsageError(`${flag} must be ${what} (got "${text}")`);
  }
  return n;
}
