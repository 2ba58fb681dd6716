/**
 * `npm run --silent simulate -- [flags]`: one simulated outlet until SIGINT/SIGTERM.
 * stdout: first exactly one `{"type":"listening",...}` line (scripts wait for it to learn
 * the port), then one JSON line per SimEvent. Bad flags: one line on stderr, exit 2.
 */
import { parseCliArgs, UsageError, USAGE } from './cli-args.js';
import { startSimulator } from './simulator.js';
import type { SimEvent } from './types.js';

/** If something still keeps the process alive after close(), do not hang the caller. */
const FORCED_EXIT_MS = 2000;

function writeLine(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

async function main(): Promise<void> {
  let parsed: ReturnType<typeof parseCliArgs>;
  try {
    parsed = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`simulate: ${error.message}\n`);
    process.exitCode = 2;
    return;
  }
  if ('help' in parsed) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }

  // Events raised while starting wait until the listening line has been printed.
  let early: SimEvent[] | null = [];
  const simulator = await startSimulator({
    ...parsed,
    log: (event) => (early === null ? writeLine(event) : early.push(event)),
  });
  writeLine({
    type: 'listening',
    host: simulator.host,
    tcpPort: simulator.tcpPort,
    wsPort: simulator.wsPort,
    rev: simulator.rev,
    serial: simulator.serial,
    scenario: parsed.scenario,
    deco: parsed.deco,
  });
  const buffered = early;
  early = null;
  buffered.forEach(writeLine);

  const stop = (): void => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    setTimeout(() => process.exit(0), FORCED_EXIT_MS).unref();
    void simulator.close().then(() => {
      process.exitCode = 0;
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // A reader that went away (e.g. `| head -1`) is not a reason to crash with a stack trace.
  process.stdout.on('error', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`simulate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
