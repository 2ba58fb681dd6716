import type { RunningSimulator, SimulatorOptions } from '../../../simulator/index.js';
import type { AppHarness } from './app-fixture.js';

/** One outlet of the end-to-end site, and how it must end. */
export interface SiteOutlet {
  readonly label: string;
  readonly host: string;
  readonly options: Partial<SimulatorOptions> & Pick<SimulatorOptions, 'rev'>;
  readonly critical: boolean;
  readonly outcome: 'updated' | 'already-current' | 'failed';
  sim?: RunningSimulator;
}

/**
 * Starts each outlet on its own loopback address. All share one TCP port (revB) and one
 * WebSocket port (revA), as real outlets share 3333 and 80, so one scan finds them all.
 */
export async function startSite(
  app: AppHarness,
  outlets: readonly SiteOutlet[],
): Promise<{ tcpPort: number; wsPort: number }> {
  const tcpPort = await app.closedPort();
  const wsPort = await app.closedPort();
  for (const outlet of outlets) {
    outlet.sim = await app.simulator({
      ...outlet.options,
      host: outlet.host,
      tcpPort,
      wsPort,
      serial: `SITE${outlet.host.split('.').at(-1)?.padStart(4, '0')}`,
    });
  }
  return { tcpPort, wsPort };
}

/** The address as the Site view writes it (formatAddress): host plus the non-default ports. */
export function shownAddress(host: string, ports: { tcpPort: number; wsPort: number }): string {
  return `${host} (tcp ${ports.tcpPort}, ws ${ports.wsPort})`;
}
