import { systemClock } from '../support/clock.js';
import type { Logger } from '../support/logger.js';
import { ExitCode, UsageError } from './exit-codes.js';
import { infoCommand } from './info-command.js';
import { jsonOutput, plainOutput, ttyOutput } from './progress-output.js';
import { SITE_USAGE, siteCommand } from './site-command.js';
import { updateCommand, type CommandIo } from './update-command.js';

const USAGE = `Usage:
  invis update <host> --target outlet|deco [--method auto|wifi|outlet] [--transport auto|tcp|ws]
               [--tcp-port N] [--ws-port N] [--stall-timeout S] [--reboot-timeout S]
               [--verify-timeout S] [--json]
  invis info <host> [--transport auto|tcp|ws] [--tcp-port N] [--ws-port N] [--json]
${SITE_USAGE}
Set INVIS_DEBUG=1 to log protocol details to stderr.`;

function stderrLogger(enabled: boolean): Logger {
  const line = (level: string, message: string, data?: Record<string, unknown>) => {
    if (!enabled) return;
    process.stderr.write(`[${level}] ${message}${data ? ` ${JSON.stringify(data)}` : ''}\n`);
  };
  return { info: (m, d) => line('info', m, d), warn: (m, d) => line('warn', m, d) };
}

function commandIo(): CommandIo {
  const write = (text: string) => void process.stdout.write(text);
  const interrupted = new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  return {
    log: stderrLogger(process.env.INVIS_DEBUG === '1'),
    output: (json) => {
      if (json) return jsonOutput(write);
      return process.stdout.isTTY ? ttyOutput(write, systemClock.now) : plainOutput(write);
    },
    error: (line) => void process.stderr.write(`invis: ${line}\n`),
    interrupted,
  };
}

export async function runCli(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  const io = commandIo();
  try {
    switch (command) {
      case 'update':
        return await updateCommand(rest, io);
      case 'info':
        return await infoCommand(rest, io, (text) => void process.stdout.write(text));
      case 'site':
        return await siteCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? ExitCode.usage : ExitCode.ok;
      default:
        throw new UsageError(`Unknown command "${command}". Use update, info or site.`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.error(`${error.message} Run with --help for usage.`);
      return ExitCode.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.error(`internal error: ${message}. This is a bug; please report it.`);
    return ExitCode.failed;
  }
}
