import { runCli } from './run-cli.js';

// Entry point of `npm run cli`: everything testable lives in run-cli.ts.
void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // Sockets and timers are closed by then; exit anyway so a stray handle cannot hang the shell.
  setImmediate(() => process.exit(code));
});
