import type { EventChannel, EventMap } from '../../shared/ipc/contract.js';

export type Emit = <E extends EventChannel>(channel: E, payload: EventMap[E]) => void;

/** The part of WebContents an emitter needs: kept small so tests pass a plain object. */
export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, payload: unknown): void;
}

/**
 * Typed main -> renderer events. The window can be gone (closing, crashed, not yet created)
 * while an update still reports progress; such events are dropped, not thrown: the renderer
 * asks for a snapshot when it comes back (design.md habit 7).
 */
export function createEmitter(target: () => EventTarget | null): Emit {
  return (channel, payload) => {
    const contents = target();
    if (contents === null || contents.isDestroyed()) return;
    contents.send(channel, payload);
  };
}

/** One emit that feeds several listeners (the window and the platform hooks). */
export function fanOut(...emitters: readonly Emit[]): Emit {
  return (channel, payload) => {
    for (const emit of emitters) emit(channel, payload);
  };
}
