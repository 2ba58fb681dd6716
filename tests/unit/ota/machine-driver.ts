import type { MethodChoice, OtaTarget, OtaTimeouts } from '../../../shared/model/ota.js';
import { initialRun, transition } from '../../../shared/ota/transition.js';
import type { OtaEffect, OtaEvent, OtaRun, VersionRead } from '../../../shared/ota/types.js';
import { availableUpdates, deviceInfo } from '../../fakes/device-fixtures.js';

export const TIMEOUTS: OtaTimeouts = {
  stallMs: 60_000,
  rebootMs: 180_000,
  verifyMs: 240_000,
  pollMs: 5_000,
};

type EventWithoutTime = OtaEvent extends infer E
  ? E extends OtaEvent
    ? Omit<E, 'at'>
    : never
  : never;

/** Feeds events through the pure machine, keeping every effect for assertions. */
export class MachineDriver {
  run: OtaRun;
  effects: OtaEffect[];
  private at = 0;

  constructor(target: OtaTarget, choice: MethodChoice = 'auto') {
    const first = initialRun(target, choice, TIMEOUTS);
    this.run = first.run;
    this.effects = [...first.effects];
  }

  send(...events: EventWithoutTime[]): this {
    for (const event of events) {
      this.at += 1_000;
      const step = transition(this.run, { ...event, at: this.at } as OtaEvent);
      this.run = step.run;
      this.effects.push(...step.effects);
    }
    return this;
  }

  /** Effects emitted by the next events only. */
  effectsOf(...events: EventWithoutTime[]): OtaEffect[] {
    const before = this.effects.length;
    this.send(...events);
    return this.effects.slice(before);
  }

  checked(
    info = deviceInfo(),
    updates: ReturnType<typeof availableUpdates> | null = availableUpdates(),
  ): this {
    return this.send({ type: 'checked', info, updates });
  }

  get state() {
    return this.run.state;
  }

  get outcome() {
    return this.run.state.name === 'finished' ? this.run.state.outcome : null;
  }
}

export function progress(deviceType: number, percent: number): EventWithoutTime {
  return { type: 'progress', deviceType, percent };
}

export function result(deviceType: number, success: boolean): EventWithoutTime {
  return { type: 'result', deviceType, success };
}

export function read(
  outletVersion: string | null,
  deco: VersionRead['deco'] = null,
  webVersion: string | null = null,
): EventWithoutTime {
  return { type: 'version-read', read: { outletVersion, webVersion, deco } };
}

export const linkLost: EventWithoutTime = { type: 'link-lost' };
export const linkRestored: EventWithoutTime = { type: 'link-restored' };
export function timer(name: 'stall' | 'reboot' | 'verify' | 'poll'): EventWithoutTime {
  return { type: 'timer', timer: name };
}
