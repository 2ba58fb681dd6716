import { connectTcp } from '../../../electron/transport/tcp-transport.js';
import { connectWs } from '../../../electron/transport/ws-transport.js';
import { startTcpPeer, startWsPeer } from './peers.js';
import { describeTransportContract } from './transport-contract.js';

describeTransportContract({
  kind: 'tcp',
  startPeer: (host) => startTcpPeer(host),
  connect: (host, port) => connectTcp({ host, port, connectTimeoutMs: 3_000 }),
  frame: (json) => `${json}\n`,
});

describeTransportContract({
  kind: 'ws',
  startPeer: (host) => startWsPeer({ host }),
  connect: (host, port) => connectWs({ host, port, connectTimeoutMs: 3_000 }),
  frame: (json) => json,
});
