import { describe, expect, it, vi } from 'vitest';
import { TransportEvents } from '../../../electron/transport/transport-events.js';

describe('TransportEvents', () => {
  it('queues messages until the first listener, then delivers them in order', () => {
    const events = new TransportEvents();
    events.emitMessage({ n: 1 });
    events.emitMessage({ n: 2 });
    const seen: unknown[] = [];
    events.onMessage((m) => seen.push(m));
    events.emitMessage({ n: 3 });
    expect(seen).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('stops delivering to an unsubscribed listener', () => {
    const events = new TransportEvents();
    const a = vi.fn();
    const b = vi.fn();
    const offA = events.onMessage(a);
    events.onMessage(b);
    offA();
    events.emitMessage({ n: 1 });
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledOnce();
  });

  it('queues warnings until the first warning listener', () => {
    const events = new TransportEvents();
    events.emitWarning('early');
    const seen: string[] = [];
    events.onWarning((w) => seen.push(w));
    expect(seen).toEqual(['early']);
  });

  it('fires close exactly once with the first reason', () => {
    const events = new TransportEvents();
    const listener = vi.fn();
    events.onClose(listener);
    events.finish({ kind: 'dead', message: 'no pong' });
    events.finish({ kind: 'remote' });
    expect(listener).toHaveBeenCalledOnce();
    expect(listener).toHaveBeenCalledWith({ kind: 'dead', message: 'no pong' });
    expect(events.closed).toBe(true);
  });

  it('tells a late close listener the reason asynchronously, unless it unsubscribed', async () => {
    const events = new TransportEvents();
    events.finish({ kind: 'local' });
    const late = vi.fn();
    const cancelled = vi.fn();
    events.onClose(late);
    events.onClose(cancelled)();
    expect(late).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(late).toHaveBeenCalledWith({ kind: 'local' });
    expect(cancelled).not.toHaveBeenCalled();
  });
});
