import { describe, expect, it } from 'vitest';
import type { SimFraming } from '../../../simulator/index.js';
import { useSimulators } from './helpers/harness.js';
import type { DeviceMessage } from './helpers/raw-client.js';
import { RawTcpClient } from './helpers/raw-tcp-client.js';
import {
  coalescedReads,
  delimiters,
  midCharacterBoundaries,
  splitObjects,
  streamShape,
} from './helpers/stream-shape.js';

const start = useSimulators();

async function tcpClient(framing: SimFraming): Promise<RawTcpClient> {
  const { connect } = await start({ rev: 'B', framing });
  return (await connect()) as RawTcpClient;
}

/** Asks for 12 `count` times, one after the other, and returns the replies. */
async function askSequentially(client: RawTcpClient, count: number): Promise<DeviceMessage[]> {
  const replies: DeviceMessage[] = [];
  for (let i = 0; i < count; i++) replies.push(await client.reply(client.request(12)));
  return replies;
}

function expectDeviceInfoReply(reply: DeviceMessage, packetID: number): void {
  expect(Object.keys(reply)).toEqual(['sn', 'packetID', 'PUBACK', 'payload']);
  expect(reply).toMatchObject({ sn: '11A18240076', packetID, PUBACK: 1 });
  expect(reply.payload).toMatchObject({
    callbackName: 12,
    callbackArgs: {
      IM: { sn: '11A18240076', device: 'InvisOutlet', hw_rev: 'revB', fw_rev: '1.4.0' },
      PM: {
        online: true,
        device: 'InvisDeco',
        type: 'Aura',
        hw_rev: '1.0',
        fw_rev: '3.0.0',
        radar: { fw_ver: '3.0', hw_type: 'R1' },
      },
    },
  });
}

describe('revB TCP device -> client framing', () => {
  it.each<SimFraming>(['newline', 'none', 'split', 'coalesce', 'chaos'])(
    '%s: the 12 reply parses with a reference scanner',
    async (framing) => {
      const client = await tcpClient(framing);
      const packetID = client.request(12);
      expectDeviceInfoReply(await client.reply(packetID), packetID);
      expect(client.invalid).toEqual([]);
      expect(client.stray).toEqual([]);
    },
  );

  it('newline: every object ends in "\\n"', async () => {
    const client = await tcpClient('newline');
    await askSequentially(client, 5);
    expect(delimiters(streamShape(client.chunks))).toEqual(Array(5).fill('newline'));
  });

  it('none: objects come back to back without any delimiter', async () => {
    const client = await tcpClient('none');
    await askSequentially(client, 5);
    const shape = streamShape(client.chunks);
    expect(shape.bytes.includes(0x0a)).toBe(false);
    expect(delimiters(shape)).toEqual([...Array(4).fill('back-to-back'), 'end']);
  });

  it('split: objects arrive across several reads, sometimes inside a UTF-8 character', async () => {
    const client = await tcpClient('split');
    const replies = await askSequentially(client, 30);
    const shape = streamShape(client.chunks);
    expect(shape.objects).toHaveLength(30);
    // Loaded CI machines may merge two parts into one read; most must still be split.
    expect(splitObjects(shape)).toBeGreaterThanOrEqual(15);
    expect(midCharacterBoundaries(shape)).toBeGreaterThanOrEqual(1);
    const names = replies.map((r) => (r.payload?.callbackArgs as { IM: { name: string } }).IM.name);
    expect(new Set(names)).toEqual(new Set(['Küche ✓']));
  });

  it('coalesce: replies queued together go out in one write', async () => {
    const client = await tcpClient('coalesce');
    client.sendText(
      JSON.stringify({ packetID: 300001, payload: { callbackName: 12 } }) +
        JSON.stringify({ packetID: 300002, payload: { callbackName: 20 } }),
    );
    await client.reply(300002);
    await client.reply(300001);
    expect(coalescedReads(streamShape(client.chunks))).toBe(1);
  });

  it('chaos: a seeded mix of every shape, and nothing lost', async () => {
    const client = await tcpClient('chaos');
    const replies = await askSequentially(client, 40);
    expect(replies.map((r) => r.PUBACK)).toEqual(Array(40).fill(1));
    const shape = streamShape(client.chunks);
    const kinds = new Set(delimiters(shape));
    expect(kinds.has('newline')).toBe(true);
    expect(kinds.has('back-to-back') || kinds.has('end')).toBe(true);
    expect(splitObjects(shape)).toBeGreaterThanOrEqual(1);
  });
});

describe('revB TCP client -> device requests', () => {
  it('answers a request without a newline and one split inside a UTF-8 character', async () => {
    const client = await tcpClient('newline');
    client.sendText(JSON.stringify({ packetID: 310001, payload: { callbackName: 20 } }));
    expect(await client.reply(310001)).toMatchObject({ PUBACK: 1, payload: { callbackName: 20 } });

    const bytes = Buffer.from(
      JSON.stringify({ packetID: 310002, note: 'Küche }{', payload: { callbackName: 12 } }),
    );
    const cut = bytes.indexOf(Buffer.from('ü')) + 1; // between the two bytes of "ü"
    client.sendBytes(bytes.subarray(0, cut));
    await new Promise((resolve) => setImmediate(resolve)); // let the first part leave alone
    client.sendBytes(bytes.subarray(cut));
    expect(await client.reply(310002)).toMatchObject({ PUBACK: 1 });
  });

  it('answers two requests in one write, in order', async () => {
    const client = await tcpClient('newline');
    client.sendText(
      '{"packetID":310003,"payload":{"callbackName":12}}{"packetID":310004,"payload":{"callbackName":20}}\n',
    );
    await client.reply(310004);
    expect(client.messages.map((m) => m.packetID)).toEqual([310003, 310004]);
  });

  it('ignores garbage, invalid JSON and requests without packetID', async () => {
    const client = await tcpClient('newline');
    client.sendText('hello\n{"packetID": }\n{"payload":{"callbackName":12}}\n42\n');
    client.sendText('{"packetID":310005,"payload":{"callbackName":12}}\n');
    await client.reply(310005);
    expect(client.messages.map((m) => m.packetID)).toEqual([310005]);
  });

  it('answers unknown callbacks with PUBACK 0 and no payload', async () => {
    const client = await tcpClient('newline');
    const reply = await client.reply(client.request(99));
    expect(reply).toEqual({ sn: '11A18240076', packetID: reply.packetID, PUBACK: 0 });
  });
});
