import type { Server } from 'node:net';
import type { ClientLink, LinkEvents, Listener } from './link.js';
import { ServerCycle } from './server-cycle.js';

/**
 * The part every transport's listener shares: a ServerCycle on the device's port that, when
 * the device stops (a reboot), drops every client link and reports each disconnect, exposed
 * as a Listener. `links` is the transport's own socket -> link map.
 */
export function cycledListener<K>(
  server: Server,
  address: { host: string; port: number },
  links: Map<K, ClientLink>,
  events: LinkEvents,
  afterDispose: () => void = () => undefined,
): Listener {
  const cycle = new ServerCycle(server, address.host, address.port, () => {
    for (const [key, link] of [...links]) {
      links.delete(key);
      link.drop();
      events.onDisconnect(link);
    }
  });
  return {
    get port() {
      return cycle.port;
    },
    get listening() {
      return cycle.listening;
    },
    links: () => [...links.values()],
    start: () => cycle.start(),
    stop: () => cycle.stop(),
    dispose: async () => {
      await cycle.dispose();
      afterDispose();
    },
  };
}
