import type {
  DecoMethod,
  OtaOutcome,
  OtaTarget,
  MethodChoice,
  OtaTimeouts,
} from '../../shared/model/ota.js';
import { overallProgress } from '../../shared/ota/progress.js';
import { statusText } from '../../shared/ota/status-text.js';
import { initialRun, transition } from '../../shared/ota/transition.js';
import type { OtaEffect, OtaEvent, OtaRun, Step, TimerName } from '../../shared/ota/types.js';
import { Callback } from '../protocol/callbacks.js';
import { readAvailableUpdates, readDeviceInfo } from '../outlet/device-reads.js';
import type { OutletSession } from '../outlet/outlet-session.js';
import type { Clock, TimerHandle } from '../support/clock.js';
import type { Logger } from '../support/logger.js';
import { pushToEvent } from './push-events.js';
import { readVersions } from './read-versions.js';

export interface OtaRequest {
  readonly target: OtaTarget;
  readonly choice: MethodChoice;
  readonly timeouts: OtaTimeouts;
}

/** What listeners see after every step: the run, one progress fraction, one status line. */
export interface OtaSnapshot {
  readonly at: number;
  readonly run: OtaRun;
  readonly progress: number;
  readonly status: string;
}

const METHOD_ARG: Record<DecoMethod, number> = { wifi: 0, outlet: 1 };

/**
 * The imperative shell around the pure machine: feeds it device pushes, link changes,
 * timers and read results, and carries out the effects it asks for. One runner, one update.
 */
export class OtaRunner {
  private run: OtaRun;
  private readonly timers = new Map<TimerName, TimerHandle>();
  private readonly listeners = new Set<(snapshot: OtaSnapshot) => void>();
  private readonly unsubscribe: Array<() => void> = [];
  private finish: ((outcome: OtaOutcome) => void) | null = null;
  readonly done: Promise<OtaOutcome>;

  constructor(
    private readonly session: OutletSession,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly request: OtaRequest,
  ) {
    const first = initialRun(request.target, request.choice, request.timeouts);
    this.run = first.run;
    this.done = new Promise((resolve) => (this.finish = resolve));
    this.unsubscribe.push(
      session.onPush((push) => {
        const event = pushToEvent(push, this.clock.now());
        if (event) this.dispatch(event);
        else if (push.callbackName === Callback.deviceInfo)
          this.log.info('device announced a restart');
      }),
      session.onLink((state) =>
        this.dispatch({
          type: state === 'up' ? 'link-restored' : 'link-lost',
          at: this.clock.now(),
        }),
      ),
    );
    this.firstEffects = first.effects;
  }

  /** The effects of the initial state, carried out by `start()`; null once started. */
  private firstEffects: readonly OtaEffect[] | null;

  /** Starts the run; resolves with the outcome (also available as `done`). */
  start(): Promise<OtaOutcome> {
    const effects = this.firstEffects;
    if (effects) {
      this.firstEffects = null;
      this.notify();
      for (const effect of effects) this.execute(effect);
    }
    return this.done;
  }

  snapshot(): OtaSnapshot {
    return {
      at: this.clock.now(),
      run: this.run,
      progress: overallProgress(this.run),
      status: statusText(this.run),
    };
  }

  onChange(listener: (snapshot: OtaSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  cancel(): void {
    this.dispatch({ type: 'cancel', at: this.clock.now() });
  }

  private dispatch(event: OtaEvent): void {
    if (this.firstEffects !== null || this.run.state.name === 'finished') return;
    this.apply(transition(this.run, event));
  }

  private apply(step: Step): void {
    const before = this.run;
    this.run = step.run;
    for (const effect of step.effects) this.execute(effect);
    if (step.run !== before) this.notify();
    if (this.run.state.name === 'finished') this.end(this.run.state.outcome);
  }

  private notify(): void {
    const snapshot = this.snapshot();
    for (const listener of [...this.listeners]) listener(snapshot);
  }

  private execute(effect: OtaEffect): void {
    switch (effect.type) {
      case 'read-device':
        void this.readDevice();
        return;
      case 'send-ota':
        void this.sendOta(effect.target, effect.method);
        return;
      case 'arm':
        this.disarm(effect.timer);
        this.timers.set(
          effect.timer,
          this.clock.setTimeout(() => {
            this.timers.delete(effect.timer);
            this.dispatch({ type: 'timer', at: this.clock.now(), timer: effect.timer });
          }, effect.ms),
        );
        return;
      case 'disarm':
        this.disarm(effect.timer);
        return;
      case 'read-version':
        void readVersions(this.session, this.run.context.expect === 'web-only').then((read) =>
          this.dispatch({ type: 'version-read', at: this.clock.now(), read }),
        );
        return;
      case 'log':
        this.log[effect.level](effect.message);
        return;
    }
  }

  private disarm(timer: TimerName): void {
    const handle = this.timers.get(timer);
    if (handle !== undefined) this.clock.clearTimeout(handle);
    this.timers.delete(timer);
  }

  private async readDevice(): Promise<void> {
    const info = await readDeviceInfo(this.session);
    if (!info.ok) {
      this.dispatch({ type: 'check-failed', at: this.clock.now(), message: info.error.message });
      return;
    }
    const updates = await readAvailableUpdates(this.session);
    if (!updates.ok) this.log.warn(`could not check for updates: ${updates.error.message}`);
    this.dispatch({
      type: 'checked',
      at: this.clock.now(),
      info: info.value,
      updates: updates.ok ? updates.value : null,
    });
  }

  /**
   * 21 is sent as a request so a revA PUBACK can be read, but no reply is required: a revB
   * outlet restarts at once and never answers (protocol.md §3.3). Reconnect fast from here on.
   */
  private async sendOta(target: OtaTarget, method: DecoMethod | null): Promise<void> {
    this.session.setReconnectMode('fast');
    const args = [target === 'outlet' ? 1 : 2, method === null ? 0 : METHOD_ARG[method]];
    this.log.info(`sending 21 ${JSON.stringify(args)}`);
    const reply = await this.session.request(Callback.performOta, args);
    if (reply.ok)
      this.dispatch({ type: 'ota-ack', at: this.clock.now(), accepted: reply.value.ok });
    else this.log.info(`no reply to 21: ${reply.error.message}`);
  }

  private end(outcome: OtaOutcome): void {
    for (const timer of [...this.timers.keys()]) this.disarm(timer);
    for (const off of this.unsubscribe.splice(0)) off();
    this.session.setReconnectMode('normal');
    this.finish?.(outcome);
    this.finish = null;
  }
}
