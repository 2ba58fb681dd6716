import { describe, expect, it } from 'vitest';
import { createEmitter, fanOut, type Emit } from '../../../electron/ipc/emit.js';

describe('createEmitter', () => {
  it('sends to the live window and drops events when it is gone or destroyed', () => {
    const sent: [string, unknown][] = [];
    let destroyed = false;
    let present = true;
    const emit = createEmitter(() =>
      present
        ? {
            isDestroyed: () => destroyed,
            send: (channel, payload) => sent.push([channel, payload]),
          }
        : null,
    );
    const payload = { deviceId: 'SN1', link: 'down' } as const;
    emit('device:link-changed', payload);
    destroyed = true;
    emit('device:link-changed', payload);
    present = false;
    emit('device:link-changed', payload);
    expect(sent).toEqual([['device:link-changed', payload]]);
  });

  it('fans one event out to every listener in order', () => {
    const seen: string[] = [];
    const a: Emit = (channel) => seen.push(`a ${channel}`);
    const b: Emit = (channel) => seen.push(`b ${channel}`);
    fanOut(a, b)('device:link-changed', { deviceId: 'SN1', link: 'up' });
    expect(seen).toEqual(['a device:link-changed', 'b device:link-changed']);
  });
});
