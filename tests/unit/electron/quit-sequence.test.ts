import { describe, expect, it } from 'vitest';
import { createQuitSequence } from '../../../electron/platform/quit-sequence.js';
import type { Clock } from '../../../electron/support/clock.js';
import { silentLogger } from '../../../electron/support/logger.js';

/** A clock whose timers fire only when the test says so. */
function manualClock() {
  const timers = new Map<number, () => void>();
  let next = 0;
  const clock: Clock = {
    now: () => 0,
    setTimeout: (callback) => {
      timers.set(++next, callback);
      return next;
    },
    clearTimeout: (handle) => timers.delete(handle as number),
  };
  const fireAll = () => [...timers.values()].forEach((callback) => callback());
  return { clock, fireAll, pending: () => timers.size };
}

function setup(options: { updating: boolean; answer?: boolean; dispose?: () => Promise<void> }) {
  const calls: string[] = [];
  const { clock, fireAll, pending } = manualClock();
  let updating = options.updating;
  const sequence = createQuitSequence({
    isUpdating: () => updating,
    confirm: () => {
      calls.push('confirm');
      return options.answer ?? false;
    },
    dispose:
      options.dispose ??
      (async () => {
        calls.push('dispose');
      }),
    quit: () => calls.push('quit'),
    clock,
    log: silentLogger,
  });
  const setUpdating = (value: boolean) => {
    updating = value;
  };
  return { sequence, calls, fireAll, pending, setUpdating };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('createQuitSequence', () => {
  it('quits without asking when no update runs, after disposing', async () => {
    const { sequence, calls } = setup({ updating: false });
    expect(sequence.onWindowClose()).toBe('allow');
    expect(sequence.onBeforeQuit()).toBe('prevent'); // held until disposed
    await settle();
    expect(calls).toEqual(['dispose', 'quit']);
    expect(sequence.onBeforeQuit()).toBe('allow');
  });

  it('asks during an update; Stay keeps the window and the app', () => {
    const { sequence, calls } = setup({ updating: true, answer: false });
    expect(sequence.onWindowClose()).toBe('prevent');
    expect(sequence.onBeforeQuit()).toBe('prevent');
    expect(calls).toEqual(['confirm', 'confirm']);
  });

  it('asks only once when the user confirms (window close, then before-quit)', async () => {
    const { sequence, calls } = setup({ updating: true, answer: true });
    expect(sequence.onWindowClose()).toBe('allow');
    expect(sequence.onBeforeQuit()).toBe('prevent');
    expect(sequence.onBeforeQuit()).toBe('prevent'); // still disposing
    await settle();
    expect(sequence.onBeforeQuit()).toBe('allow');
    expect(calls).toEqual(['confirm', 'dispose', 'quit']);
  });

  it('stops asking once the update has finished', () => {
    const { sequence, calls, setUpdating } = setup({ updating: true, answer: false });
    expect(sequence.onWindowClose()).toBe('prevent');
    setUpdating(false);
    expect(sequence.onWindowClose()).toBe('allow');
    expect(calls).toEqual(['confirm']);
  });

  it('quits anyway when disposal hangs past its timeout, and only once', async () => {
    const { sequence, calls, fireAll } = setup({
      updating: false,
      dispose: () => new Promise<void>(() => undefined),
    });
    expect(sequence.onBeforeQuit()).toBe('prevent');
    fireAll();
    await settle();
    expect(calls).toEqual(['quit']);
    expect(sequence.onBeforeQuit()).toBe('allow');
  });

  it('quits when disposal fails, and clears its timer', async () => {
    const { sequence, calls, pending } = setup({
      updating: false,
      dispose: async () => {
        throw new Error('socket stuck');
      },
    });
    sequence.onBeforeQuit();
    await settle();
    expect(calls).toEqual(['quit']);
    expect(pending()).toBe(0);
  });
});
