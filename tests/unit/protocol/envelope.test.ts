import { describe, expect, it } from 'vitest';
import { Callback } from '../../../electron/protocol/callbacks.js';
import { encodeForTcp, encodeForWs } from '../../../electron/protocol/encode.js';
import { buildRequest, classifyMessage } from '../../../electron/protocol/envelope.js';

describe('buildRequest and encoding', () => {
  it('leaves callbackArgs out when there are none', () => {
    const req = buildRequest(373184, Callback.deviceInfo);
    expect(req).toEqual({ packetID: 373184, payload: { callbackName: 12 } });
    expect('callbackArgs' in req.payload).toBe(false);
  });

  it('keeps falsy but present args', () => {
    expect(buildRequest(100000, 27, 0).payload).toEqual({ callbackName: 27, callbackArgs: 0 });
  });

  it('encodes for TCP as the exact JSON plus one newline', () => {
    const wire = encodeForTcp(buildRequest(414883, Callback.performOta, [1, 0]));
    expect(wire.toString('utf8')).toBe(
      '{"packetID":414883,"payload":{"callbackName":21,"callbackArgs":[1,0]}}\n',
    );
  });

  it('encodes for WebSocket as the exact JSON without a newline', () => {
    expect(encodeForWs(buildRequest(369953, Callback.outletStatus))).toBe(
      '{"packetID":369953,"payload":{"callbackName":9}}',
    );
  });
});

describe('classifyMessage', () => {
  it('classifies a PUBACK 1 reply with payload', () => {
    const msg = classifyMessage({
      sn: '0003C44076',
      packetID: 369953,
      PUBACK: 1,
      payload: { callbackName: 9, callbackArgs: [1, 0] },
    });
    expect(msg).toEqual({
      kind: 'reply',
      packetID: 369953,
      ok: true,
      callbackName: 9,
      args: [1, 0],
      serial: '0003C44076',
    });
  });

  it('classifies a payload-less PUBACK 0 reply as not ok', () => {
    expect(classifyMessage({ sn: '0003C44076', packetID: 221040, PUBACK: 0 })).toEqual({
      kind: 'reply',
      packetID: 221040,
      ok: false,
      callbackName: null,
      args: undefined,
      serial: '0003C44076',
    });
  });

  it.each([0, 2, '1', true, null])('treats PUBACK %j as not ok', (puback) => {
    const msg = classifyMessage({ packetID: 123456, PUBACK: puback });
    expect(msg.kind === 'reply' && msg.ok).toBe(false);
  });

  it('tolerates a packetID sent as a digit string', () => {
    const msg = classifyMessage({ packetID: '414883', PUBACK: 1 });
    expect(msg.kind === 'reply' && msg.packetID).toBe(414883);
  });

  it('rejects a reply without a numeric packetID', () => {
    const msg = classifyMessage({ PUBACK: 1, packetID: 'abc' });
    expect(msg.kind).toBe('unknown');
    expect(msg.kind === 'unknown' && msg.reason).toMatch(/packetID/);
  });

  it('classifies a progress push (no PUBACK, device-chosen packetID)', () => {
    const msg = classifyMessage({
      sn: '11A1A7000B',
      packetID: 839379,
      payload: { callbackName: 22, callbackArgs: [1, 96] },
    });
    expect(msg).toEqual({
      kind: 'push',
      packetID: 839379,
      callbackName: 22,
      args: [1, 96],
      serial: '11A1A7000B',
    });
  });

  it('classifies a push without packetID or serial', () => {
    expect(classifyMessage({ payload: { callbackName: 23, callbackArgs: [1, 0] } })).toEqual({
      kind: 'push',
      packetID: null,
      callbackName: 23,
      args: [1, 0],
      serial: null,
    });
  });

  it.each([
    [{ sn: 'x' }, /neither PUBACK nor a payload/],
    [{ payload: { callbackName: '22' } }, /callbackName/],
    [{ payload: [22] }, /neither PUBACK nor a payload/],
    [[1, 2], /not a JSON object/],
    [null, /not a JSON object/],
    ['hello', /not a JSON object/],
  ])('marks %j as unknown with a reason', (value, reason) => {
    const msg = classifyMessage(value);
    expect(msg.kind).toBe('unknown');
    expect(msg.kind === 'unknown' && msg.reason).toMatch(reason);
    expect(msg.kind === 'unknown' && msg.raw).toBe(value);
  });
});
