import { get } from 'node:http';
import { describe, expect, it } from 'vitest';
import { useSimulators } from './helpers/harness.js';
import { RawWsClient } from './helpers/raw-ws-client.js';

const start = useSimulators();

function httpGet(host: string, port: number, path: string) {
  return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    get({ host, port, path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (text: string) => (body += text));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          type: response.headers['content-type'] ?? '',
          body,
        }),
      );
    }).on('error', reject);
  });
}

describe('revA WebSocket transport', () => {
  it('listens on WebSocket only and answers 12 with the revA shape', async () => {
    const { sim, connect } = await start({ rev: 'A', deco: 'none' });
    expect(sim.tcpPort).toBeNull();
    expect(sim.wsPort).toEqual(expect.any(Number));
    const client = await connect();
    const packetID = client.request(12);
    const reply = await client.reply(packetID);
    expect(reply).toEqual({
      sn: '0003C44076',
      packetID,
      PUBACK: 1,
      payload: {
        callbackName: 12,
        callbackArgs: {
          IM: expect.objectContaining({ sn: '0003C44076', hw_rev: 'revA', fw_rev: '1.4.0' }),
        },
      },
    });
  });

  it('reports the web UI partition in 20, and PM only when the deco is online', async () => {
    const { connect } = await start({ rev: 'A' });
    const client = await connect();
    const reply = await client.reply(client.request(20));
    expect(reply.payload?.callbackArgs).toEqual({
      IM: {
        fw_rev: '1.4.0',
        available_fw_rev: '1.5.0',
        www_fw_rev: '2.0.0',
        available_www_fw_rev: '2.1.0',
      },
      PM: { fw_rev: '3.0.0', available_fw_rev: '3.1.0' },
    });
  });

  it('serves a small web page on GET / and 404 elsewhere', async () => {
    const { sim } = await start({ rev: 'A' });
    const page = await httpGet(sim.host, sim.wsPort ?? 0, '/');
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/^text\/html/);
    expect(page.body).toContain('0003C44076');
    expect((await httpGet(sim.host, sim.wsPort ?? 0, '/missing')).status).toBe(404);
  });

  it('refuses WebSocket upgrades on other paths with 404', async () => {
    const { sim } = await start({ rev: 'A' });
    await expect(RawWsClient.connect(sim.host, sim.wsPort ?? 0, '/socket')).rejects.toThrow(/404/);
  });

  it('ignores frames that are not requests, and answers unknown callbacks with PUBACK 0', async () => {
    const { connect } = await start({ rev: 'A' });
    const client = await connect();
    client.sendText('not json');
    client.sendText('[12]');
    const packetID = client.request(77);
    expect(await client.reply(packetID)).toEqual({ sn: '0003C44076', packetID, PUBACK: 0 });
    expect(client.messages).toHaveLength(1);
  });

  it('revB has no WebSocket port', async () => {
    const { sim } = await start({ rev: 'B' });
    expect(sim.wsPort).toBeNull();
    expect(sim.tcpPort).toEqual(expect.any(Number));
  });
});
