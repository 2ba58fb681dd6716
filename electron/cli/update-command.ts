import type { AppError } from '../../shared/errors.js';
import { DEFAULT_TIMEOUTS, type OtaOutcome, type OtaTarget } from '../../shared/model/ota.js';
import { connectOutlet } from '../outlet/connect-outlet.js';
import { OtaService } from '../ota/ota-service.js';
import { systemClock } from '../support/clock.js';
import type { Logger } from '../support/logger.js';
import { CONNECTION_FLAGS, connectionFlags } from './connection-flags.js';
import { errorLine } from './error-words.js';
import { exitCodeFor, UsageError, type ExitCode } from './exit-codes.js';
import { oneOf, parseFlags, secondsFlag } from './parse-flags.js';
import type { ProgressOutput } from './progress-output.js';

export interface CommandIo {
  readonly log: Logger;
  /** Chooses JSON lines, a TTY bar or plain lines. */
  readonly output: (json: boolean) => ProgressOutput;
  readonly error: (line: string) => void;
  /** Resolves on Ctrl+C, so a run can be cancelled cleanly. */
  readonly interrupted: Promise<void>;
}

const UPDATE_FLAGS = {
  ...CONNECTION_FLAGS,
  target: { type: 'string' },
  method: { type: 'string' },
  'stall-timeout': { type: 'string' },
  'reboot-timeout': { type: 'string' },
  'verify-timeout': { type: 'string' },
  'poll-interval': { type: 'string' },
} as const;

export async function updateCommand(argv: readonly string[], io: CommandIo): Promise<ExitCode> {
  const parsed = parseFlags(argv, UPDATE_FLAGS);
  const connection = connectionFlags(parsed, 'update');
  if (parsed.values.target === undefined)
    throw new UsageError('update needs --target outlet|deco.');
  const target = oneOf<OtaTarget>('target', parsed.values.target, ['outlet', 'deco'], 'outlet');
  if (target === 'outlet' && parsed.values.method !== undefined) {
    throw new UsageError('--method applies to --target deco only.');
  }
  const choice = oneOf('method', parsed.values.method, ['auto', 'wifi', 'outlet'], 'auto');
  const timeouts = {
    stallMs: secondsFlag('stall-timeout', parsed.values['stall-timeout'], DEFAULT_TIMEOUTS.stallMs),
    rebootMs: secondsFlag(
      'reboot-timeout',
      parsed.values['reboot-timeout'],
      DEFAULT_TIMEOUTS.rebootMs,
    ),
    verifyMs: secondsFlag(
      'verify-timeout',
      parsed.values['verify-timeout'],
      DEFAULT_TIMEOUTS.verifyMs,
    ),
    pollMs: secondsFlag('poll-interval', parsed.values['poll-interval'], DEFAULT_TIMEOUTS.pollMs),
  };
  const output = io.output(connection.json);
  const connected = await connectOutlet({ ...connection, log: io.log });
  if (!connected.ok)
    return reportConnectFailure(connected.error, target, output, io, connection.json);
  const { session, info } = connected.value;
  output.event(
    {
      type: 'connected',
      transport: session.kind,
      serial: info.serial,
      hardwareRevision: info.hardwareRevision,
      outletVersion: info.outletVersion,
      decoVersion: info.deco?.version ?? null,
    },
    `Connected to outlet ${info.serial} (${info.isRevB ? 'revB, TCP' : 'revA, WebSocket'}) at ${session.remote}.`,
  );
  const service = new OtaService(systemClock, io.log);
  const started = service.begin(connected.value, { target, choice, timeouts });
  if (!started.ok) {
    session.close();
    io.error(errorLine(started.error));
    return exitCodeFor('failed');
  }
  const runner = started.value;
  runner.onChange((snapshot) => output.progress(snapshot));
  void io.interrupted.then(() => runner.cancel());
  const outcome = await runner.done;
  session.close();
  output.outcome(outcome);
  return exitCodeFor(outcome.outcome);
}

/** Connection problems end as an outcome too, so `--json` always closes with one. */
function reportConnectFailure(
  error: AppError,
  target: OtaTarget,
  output: ProgressOutput,
  io: CommandIo,
  json: boolean,
): ExitCode {
  const reachable = ['not-an-outlet', 'protocol', 'connection-lost', 'device-rejected'].includes(
    error.code,
  );
  const outcome: OtaOutcome = {
    outcome: reachable ? 'failed' : 'unreachable',
    target,
    method: null,
    fromVersion: null,
    toVersion: null,
    reasonCode: null,
    reason: errorLine(error),
    attempts: [],
  };
  if (json) output.outcome(outcome);
  else io.error(errorLine(error));
  return exitCodeFor(outcome.outcome);
}
