import { UsageError, type ExitCode } from './exit-codes.js';
import { runSiteCommand } from './site/run-command.js';
import { scanCommand } from './site/scan-command.js';
import { processCliEnv, type SiteCliEnv } from './site/site-cli-env.js';
import type { CommandIo } from './update-command.js';

export const SITE_USAGE = `  invis site scan [--subnet CIDR ...] [--tcp-port N] [--ws-port N] [--no-mdns] [--csv out.csv]
                  [--json]
  invis site run <devices.csv> [--concurrency N] [--report out.csv] [--report-html out.html]
                  [--site NAME] [--technician NAME] [--data-dir DIR]
                  [--confirm-critical LABEL_OR_ADDRESS ...] [--retry-failed] [--stall-timeout S]
                  [--reboot-timeout S] [--verify-timeout S] [--poll-interval S] [--json]
    devices.csv: a header row, then address,label[,critical][,tcp_port][,ws_port] per outlet.
    Journals live in DIR/site-jobs (default $XDG_DATA_HOME/invis-updater or
    ~/.local/share/invis-updater); running the same list again resumes an interrupted job.`;

/** `site scan` and `site run`: site mode on the command line. */
export async function siteCommand(
  argv: readonly string[],
  io: CommandIo,
  cli: SiteCliEnv = processCliEnv(),
): Promise<ExitCode> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'scan':
      return scanCommand(rest, io, cli);
    case 'run':
      return runSiteCommand(rest, io, cli);
    case undefined:
      throw new UsageError('site needs scan or run.');
    default:
      throw new UsageError(`Unknown site command "${sub}". Use site scan or site run.`);
  }
}
