import { describe, expect, it } from 'vitest';
import { connectOutlet } from '../../../electron/outlet/connect-outlet.js';
import type { Connector } from '../../../electron/outlet/connectors.js';
import { silentLogger } from '../../../electron/support/logger.js';
import type { ConnectErrorCode } from '../../../electron/transport/transport.js';
import { err, ok } from '../../../shared/result.js';
import { FakeTransport } from '../../fakes/fake-transport.js';

const info = { IM: { sn: 'SN1', device: 'InvisOutlet', hw_rev: 'revA', fw_rev: '1.4.0' } };

/** A connector whose TCP and WS answers are scripted; the device answers 12 with `reply`. */
function scripted(
  tcp: ConnectErrorCode | 'ok',
  ws: ConnectErrorCode | 'ok',
  reply?: (t: FakeTransport) => void,
) {
  const tried: string[] = [];
  const connector: Connector = async (kind) => {
    tried.push(kind);
    const outcome = kind === 'tcp' ? tcp : ws;
    if (outcome !== 'ok') return err({ code: outcome, message: `${kind} ${outcome}` });
    const transport = new FakeTransport(kind);
    const originalSend = transport.send.bind(transport);
    transport.send = (request) => {
      const sent = originalSend(request);
      queueMicrotask(() => (reply ? reply(transport) : transport.reply(1, info)));
      return sent;
    };
    return ok(transport);
  };
  return { connector, tried };
}

describe('connectOutlet', () => {
  it('falls back from TCP to WebSocket when TCP is refused, and confirms with 12', async () => {
    const { connector, tried } = scripted('refused', 'ok');
    const result = await connectOutlet({ host: '10.0.0.5', connector, log: silentLogger });
    expect(tried).toEqual(['tcp', 'ws']);
    expect(result).toMatchObject({ ok: true, value: { info: { serial: 'SN1', isRevB: false } } });
    if (result.ok) expect(result.value.session.kind).toBe('ws');
  });

  it('does not try WebSocket when the host cannot be resolved', async () => {
    const { connector, tried } = scripted('not-found', 'ok');
    const result = await connectOutlet({ host: 'nowhere.invalid', connector, log: silentLogger });
    expect(tried).toEqual(['tcp']);
    expect(result).toMatchObject({ ok: false, error: { code: 'unreachable' } });
  });

  it('uses only the transport asked for', async () => {
    const { connector, tried } = scripted('refused', 'ok');
    const result = await connectOutlet({
      host: '10.0.0.5',
      transport: 'tcp',
      connector,
      log: silentLogger,
    });
    expect(tried).toEqual(['tcp']);
    expect(result).toMatchObject({ ok: false, error: { code: 'refused' } });
  });

  it('rejects a malformed address before touching the network', async () => {
    const { connector, tried } = scripted('ok', 'ok');
    const result = await connectOutlet({ host: 'http://10.0.0.5/', connector, log: silentLogger });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-address' } });
    expect(tried).toEqual([]);
  });

  it('calls a device whose 12 reply makes no sense "not an outlet"', async () => {
    const { connector } = scripted('ok', 'ok', (t) => t.reply(1, { hello: 'world' }));
    const result = await connectOutlet({ host: '10.0.0.5', connector, log: silentLogger });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-an-outlet' } });
  });

  it('explains a device that closes the connection at once', async () => {
    const { connector } = scripted('ok', 'ok', (t) => t.drop());
    const result = await connectOutlet({ host: '10.0.0.5', connector, log: silentLogger });
    expect(result).toMatchObject({ ok: false, error: { code: 'connection-lost' } });
    if (!result.ok) expect(result.error.message).toMatch(/closed the connection at once/);
  });
});
