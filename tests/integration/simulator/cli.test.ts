import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { RawTcpClient } from './helpers/raw-tcp-client.js';
import { withTimeout } from './helpers/wait.js';

const ROOT = resolve(__dirname, '../../..');
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Runs `simulator/main.ts` the way `npm run simulate` does (through tsx). */
function simulate(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'simulator/main.ts', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    for (const waiter of [...waiters]) waiter();
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return {
    child,
    lines,
    stderr: () => stderr,
    exit: () => withTimeout(exited, 10_000, () => 'the simulator to exit'),
    line: (match: (line: string) => boolean, what: string) =>
      withTimeout(
        new Promise<string>((done) => {
          const check = (): void => {
            const found = lines.find(match);
            if (found === undefined) return;
            waiters.delete(check);
            done(found);
          };
          waiters.add(check);
          check();
        }),
        10_000,
        () => `${what}; stdout so far: ${lines.join(' | ')}; stderr: ${stderr}`,
      ),
  };
}

describe('npm run simulate', () => {
  it('prints the listening line first, then events, and exits 0 on SIGINT', async () => {
    const run = simulate(['--speed', '100', '--deco', 'none', '--framing', 'newline']);
    const first = JSON.parse(await run.line(() => true, 'the first line'));
    expect(Object.keys(first)).toEqual([
      'type',
      'host',
      'tcpPort',
      'wsPort',
      'rev',
      'serial',
      'scenario',
      'deco',
    ]);
    expect(first).toMatchObject({
      type: 'listening',
      host: '127.0.0.1',
      wsPort: null,
      rev: 'B',
      serial: '11A18240076',
      scenario: 'success',
      deco: 'none',
    });

    const client = await RawTcpClient.connect('127.0.0.1', first.tcpPort);
    const reply = await client.reply(client.request(12));
    expect(reply.payload?.callbackArgs).not.toHaveProperty('PM');
    const event = JSON.parse(await run.line((l) => l.includes('"kind":"reply"'), 'a reply event'));
    expect(event).toMatchObject({ at: expect.any(Number), kind: 'reply' });
    client.close();

    run.child.kill('SIGINT');
    expect(await run.exit()).toBe(0);
    expect(run.lines.at(-1)).toContain('"kind":"closed"');
  });

  it('rejects a bad flag with one line naming the valid values, exit 2', async () => {
    const run = simulate(['--rev', 'C']);
    expect(await run.exit()).toBe(2);
    expect(run.stderr()).toBe('simulate: --rev must be one of A, B (got "C")\n');
    expect(run.lines).toEqual([]);
  });
});
