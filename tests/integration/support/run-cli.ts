import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const CLI = 'electron/cli/main.ts';

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout parsed as JSON lines (only for --json runs). */
  lines(): Array<Record<string, unknown>>;
}

/**
 * Starts a TypeScript entry the way `npm run --silent <script> --` runs it (through tsx), with
 * a handle so a test can signal or kill it. Node loads tsx as a hook in the one process: the
 * `tsx` binary would fork a second one, and a SIGKILL to the first would leave the real
 * program running.
 */
export function startScript(
  entry: string,
  args: readonly string[],
  timeoutMs = 60_000,
): { child: ChildProcess; ended: Promise<CliRun> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, entry), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const ended = new Promise<CliRun>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `${entry} ${args.join(' ')} did not finish in ${timeoutMs} ms\n${stdout}\n${stderr}`,
        ),
      );
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout,
        stderr,
        lines: () =>
          stdout
            .split('\n')
            .filter((line) => line.trim() !== '')
            .map((line) => JSON.parse(line) as Record<string, unknown>),
      });
    });
  });
  return { child, ended };
}

/** Runs the CLI to its end and collects its output. */
export const runCli = (args: readonly string[], timeoutMs?: number) =>
  startScript(CLI, args, timeoutMs).ended;

/** The CLI with its process handle (crash and Ctrl+C tests). */
export const startCli = (args: readonly string[], timeoutMs = 45_000) =>
  startScript(CLI, args, timeoutMs);
