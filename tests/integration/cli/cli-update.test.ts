import { afterEach, describe, expect, it } from 'vitest';
import { addressOf, closeSimulators, simulator, SPEED } from '../support/engine-harness.js';
import { closedPort } from '../support/ports.js';
import { runCli } from '../support/run-cli.js';

afterEach(closeSimulators);

const fast = [
  `--stall-timeout=${60 / SPEED}`,
  `--reboot-timeout=${180 / SPEED}`,
  `--verify-timeout=${240 / SPEED}`,
  '--poll-interval=0.1',
];

async function target(rev: 'A' | 'B', scenario?: Parameters<typeof simulator>[0]['scenario']) {
  const sim = await simulator({ rev, scenario });
  const { host, tcpPort, wsPort } = await addressOf(sim);
  return [host, `--tcp-port=${tcpPort}`, `--ws-port=${wsPort}`];
}

describe('cli update --json', () => {
  it('streams events and ends with the outcome line; exit 0 when updated (revA, auto transport)', async () => {
    const run = await runCli([
      'update',
      ...(await target('A')),
      '--target',
      'outlet',
      '--json',
      ...fast,
    ]);
    expect(run.code).toBe(0);
    const lines = run.lines();
    expect(lines[0]).toMatchObject({ type: 'connected', transport: 'ws', serial: '0003C44076' });
    expect(lines.some((line) => line.type === 'state' && line.phase === 'web')).toBe(true);
    expect(lines.at(-1)).toEqual({
      type: 'outcome',
      outcome: 'updated',
      target: 'outlet',
      method: null,
      fromVersion: '1.4.0',
      toVersion: '1.5.0',
      reason: null,
      reasonCode: null,
      attempts: [{ method: null, result: 'updated', reason: null }],
    });
  });

  it('Deco automatic on revB: the outcome lists both attempts with their methods', async () => {
    const args = await target('B', 'deco-wifi-fails');
    const run = await runCli(['update', ...args, '--target', 'deco', '--json', ...fast]);
    expect(run.code).toBe(0);
    expect(run.lines().at(-1)).toMatchObject({
      outcome: 'updated',
      method: 'outlet',
      attempts: [
        { method: 'wifi', result: 'failed' },
        { method: 'outlet', result: 'updated', reason: null },
      ],
    });
  });

  it('exit 1 when the update fails', async () => {
    const run = await runCli([
      'update',
      ...(await target('B', 'false-success')),
      '--target=outlet',
      '--json',
      ...fast,
    ]);
    expect(run.code).toBe(1);
    expect(run.lines().at(-1)).toMatchObject({
      outcome: 'failed',
      reason: 'The outlet reported success but still runs 1.4.0.',
    });
  });

  it('exit 3 when the outlet does not come back', async () => {
    const run = await runCli([
      'update',
      ...(await target('B', 'never-returns')),
      '--target=outlet',
      '--json',
      ...fast,
    ]);
    expect(run.code).toBe(3);
    expect(run.lines().at(-1)).toMatchObject({ outcome: 'unreachable' });
  });

  it('exit 0 and already-current when there is nothing to do', async () => {
    const run = await runCli([
      'update',
      ...(await target('A', 'already-current')),
      '--target=deco',
      '--json',
      ...fast,
    ]);
    expect(run.code).toBe(0);
    expect(run.lines().at(-1)).toMatchObject({
      outcome: 'already-current',
      target: 'deco',
      fromVersion: '3.0.0',
    });
  });
});

describe('cli update in words', () => {
  it('prints progress lines and a paragraph when stdout is not a TTY', async () => {
    const run = await runCli(['update', ...(await target('B')), '--target', 'outlet', ...fast]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Updating the outlet firmware: \d+%/);
    expect(run.stdout).toMatch(/Updated: the outlet now runs 1\.5\.0 \(was 1\.4\.0\)/);
    expect(run.stdout).not.toContain('\r');
  });
});

describe('cli errors: one clear line, no stack trace', () => {
  const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /);

  it.each([
    [['update', '10.0.0.5'], /--target/],
    [['update', '10.0.0.5', '--target', 'toaster'], /--target must be one of outlet, deco/],
    [['update', '10.0.0.5', '--target', 'outlet', '--bogus'], /Unknown option '--bogus'/],
    [['update', '999.1.1.1', '--target', 'outlet'], /not a valid IPv4 address/],
    [
      ['update', '10.0.0.5', '--target', 'outlet', '--tcp-port', '70000'],
      /--tcp-port must be a port number/,
    ],
    [
      ['update', '10.0.0.5', '--target', 'outlet', '--method', 'wifi'],
      /--method applies to --target deco only/,
    ],
    [['info'], /needs the outlet's address/],
    [['frobnicate'], /Unknown command "frobnicate"/],
  ])('%j -> exit 2', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    noStack(run.stderr);
  });

  it('nothing listening -> exit 3 with what to try', async () => {
    const port = await closedPort();
    const run = await runCli(['info', '127.0.0.1', `--tcp-port=${port}`, `--ws-port=${port}`]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/refused the connection.*check the address/i);
    noStack(run.stderr);
  });

  it.each([
    ['junk', /made no sense|never answered/],
    ['close-at-once', /closed the connection at once/],
    ['silent', /accepted the connection but never answered/],
  ] as const)('a device that answers %s -> exit 1 with one line', async (scenario, message) => {
    const run = await runCli(['info', ...(await target('B', scenario)), '--transport=tcp']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    noStack(run.stderr);
  });

  it('a failed connect still ends --json output with an outcome line', async () => {
    const port = await closedPort();
    const run = await runCli([
      'update',
      '127.0.0.1',
      '--target=outlet',
      '--json',
      `--tcp-port=${port}`,
      `--ws-port=${port}`,
    ]);
    expect(run.code).toBe(3);
    expect(run.lines().at(-1)).toMatchObject({
      type: 'outcome',
      outcome: 'unreachable',
      attempts: [],
    });
  });
});

describe('cli info', () => {
  it('prints serial, revision, versions and what is available', async () => {
    const run = await runCli(['info', ...(await target('A'))]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Serial\s+0003C44076/);
    expect(run.stdout).toMatch(/Hardware\s+InvisOutlet revA \(WebSocket\)/);
    expect(run.stdout).toMatch(/Outlet firmware\s+1\.4\.0\s+→ 1\.5\.0 available/);
    expect(run.stdout).toMatch(/Web interface\s+2\.0\.0\s+→ 2\.1\.0 available/);
    expect(run.stdout).toMatch(/Faceplate\s+3\.0\.0\s+→ 3\.1\.0 available/);
  });

  it('--json gives the parsed device and updates', async () => {
    const run = await runCli(['info', ...(await target('B')), '--json']);
    expect(run.code).toBe(0);
    expect(run.lines()[0]).toMatchObject({
      type: 'info',
      transport: 'tcp',
      device: { serial: '11A18240076', isRevB: true, outletVersion: '1.4.0' },
      updates: { outlet: { available: '1.5.0', hasUpdate: true } },
    });
  });
});
