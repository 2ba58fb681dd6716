import type { Clock } from '../support/clock.js';
import type { Logger } from '../support/logger.js';

export type QuitDecision = 'allow' | 'prevent';

export interface QuitSequenceDeps {
  /** True while an update runs. */
  readonly isUpdating: () => boolean;
  /** Asks the user; true = quit anyway. */
  readonly confirm: () => boolean;
  /** Closes sessions and the demo simulator. */
  readonly dispose: () => Promise<void>;
  /** Called once disposal is done (or timed out): app.quit() again. */
  readonly quit: () => void;
  readonly clock: Clock;
  readonly log: Logger;
  /** A stuck socket must not keep the app from quitting. */
  readonly disposeTimeoutMs?: number;
}

export interface QuitSequence {
  /** From the window's 'close' event. */
  onWindowClose(): QuitDecision;
  /** From app 'before-quit'. */
  onBeforeQuit(): QuitDecision;
}

/**
 * The quit path as a small state machine: ask once while an update runs (closing the window
 * and Cmd+Q both lead here, and a confirmed quit must not ask twice), then hold the quit
 * until the services are disposed, then let it through.
 *
 *   running ──(confirmed or idle)──► disposing ──(disposed / timeout)──► done (allow all)
 */
export function createQuitSequence(deps: QuitSequenceDeps): QuitSequence {
  let confirmed = false;
  let phase: 'running' | 'disposing' | 'done' = 'running';

  function mayLeave(): boolean {
    if (confirmed || !deps.isUpdating()) return true;
    confirmed = deps.confirm();
    if (!confirmed) deps.log.info('quit cancelled: an update is running');
    return confirmed;
  }

  function startDisposing(): void {
    phase = 'disposing';
    let settled = false;
    const finish = (why: string) => {
      if (settled) return;
      settled = true;
      deps.clock.clearTimeout(timer);
      if (why !== 'disposed') deps.log.warn('quitting before disposal finished', { why });
      phase = 'done';
      deps.quit();
    };
    const timer = deps.clock.setTimeout(() => finish('timeout'), deps.disposeTimeoutMs ?? 3_000);
    // Promise.resolve().then: a dispose that throws synchronously still ends in finish().
    Promise.resolve()
      .then(() => deps.dispose())
      .then(
        () => finish('disposed'),
        (error: unknown) => finish(`dispose failed: ${String(error)}`),
      );
  }

  return {
    onWindowClose() {
      if (phase !== 'running') return 'allow';
      return mayLeave() ? 'allow' : 'prevent';
    },
    onBeforeQuit() {
      if (phase === 'done') return 'allow';
      if (phase === 'disposing') return 'prevent';
      if (!mayLeave()) return 'prevent';
      startDisposing();
      return 'prevent';
    },
  };
}
