import { startSimulator } from '../../simulator/index.js';
import { systemClock } from '../support/clock.js';
import { silentLogger } from '../support/logger.js';
import { ExitCode } from './exit-codes.js';
import { plainOutput, ttyOutput } from './progress-output.js';
import { updateCommand, type CommandIo } from './update-command.js';

/** The simulator runs this many times faster than a real outlet; timeouts shrink to match. */
const SPEED = 5;

/**
 * `npm run demo`: the headless main job on an embedded default. A simulated revB outlet with a
 * faceplate runs in-process; the outlet is updated, then the faceplate with method `auto`.
 * The faceplate's Wi-Fi attempt fails in this scenario, so the fallback via InvisOutlet shows.
 */
async function demo(): Promise<number> {
  const simulator = await startSimulator({
    rev: 'B',
    deco: 'online',
    scenario: 'deco-wifi-fails',
    speed: SPEED,
  });
  const write = (text: string) => void process.stdout.write(text);
  const io: CommandIo = {
    log: silentLogger,
    output: () => (process.stdout.isTTY ? ttyOutput(write, systemClock.now) : plainOutput(write)),
    error: (line) => void process.stderr.write(`demo: ${line}\n`),
    interrupted: new Promise(() => undefined),
  };
  const common = [
    simulator.host,
    '--transport=tcp',
    `--tcp-port=${simulator.tcpPort}`,
    `--stall-timeout=${60 / SPEED}`,
    `--reboot-timeout=${180 / SPEED}`,
    `--verify-timeout=${240 / SPEED}`,
    '--poll-interval=0.5',
  ];
  try {
    write(
      `Demo: a simulated InvisOutlet (revB) with an InvisDeco faceplate at ${simulator.host}:${simulator.tcpPort}.\n\n`,
    );
    write('Step 1 of 2: update the outlet.\n');
    const outlet = await updateCommand([...common, '--target=outlet'], io);
    write('\nStep 2 of 2: update the faceplate (Automatic: Wi-Fi first, then via InvisOutlet).\n');
    const deco = await updateCommand([...common, '--target=deco', '--method=auto'], io);
    return outlet === ExitCode.ok && deco === ExitCode.ok ? ExitCode.ok : ExitCode.failed;
  } finally {
    await simulator.close();
  }
}

void demo().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(ExitCode.failed);
  },
);
