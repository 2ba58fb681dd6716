import { startSimulator, type RunningSimulator } from '../../simulator/index.js';

/**
 * The "Try a demo outlet" device: a simulated revB outlet with a faceplate whose Wi-Fi
 * update fails, so the fallback to via-InvisOutlet shows. Runs in-process on loopback.
 */
export interface DemoOutlet {
  readonly host: string;
  readonly tcpPort: number;
  stop(): Promise<void>;
}

export const DEMO_SPEED = 5;

export async function startDemoOutlet(): Promise<DemoOutlet> {
  const simulator: RunningSimulator = await startSimulator({
    rev: 'B',
    deco: 'online',
    scenario: 'deco-wifi-fails',
    speed: DEMO_SPEED,
    host: '127.0.0.1',
  });
  return {
    host: simulator.host,
    tcpPort: simulator.tcpPort ?? 0,
    stop: () => simulator.close(),
  };
}
