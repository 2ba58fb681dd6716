import { assertNever } from '../errors.js';
import type { AvailableUpdates, DeviceInfo } from '../model/device.js';
import type { DecoMethod, MethodChoice, OtaTarget, OtaTimeouts, ReasonCode } from '../model/ota.js';
import { reasonText } from './reason-text.js';
import { arm, disarm, disarmAll, finish, log, step, unchanged } from './run-helpers.js';
import type { DownloadPhase, OtaEvent, OtaRun, Step, TimerName, VersionRead } from './types.js';

/** Device types in 22/23 pushes: 1 outlet, 2 Deco, 3 the outlet's web-UI partition. */
const DEVICE_TYPE_PHASE: Record<number, DownloadPhase | undefined> = {
  1: 'firmware',
  2: 'faceplate',
  3: 'web',
};

function isForTarget(target: OtaTarget, deviceType: number): boolean {
  // Types 1 and 3 both belong to the outlet (protocol.md §5.1).
  return target === 'outlet' ? deviceType === 1 || deviceType === 3 : deviceType === 2;
}

function otaTypeForTarget(target: OtaTarget): number {
  return target === 'outlet' ? 1 : 2;
}

export function initialRun(target: OtaTarget, choice: MethodChoice, timeouts: OtaTimeouts): Step {
  return step(
    {
      target,
      choice,
      timeouts,
      method: null,
      isRevB: false,
      fromVersion: null,
      fromWebVersion: null,
      expect: 'firmware',
      checkSaysCurrent: false,
      link: 'up',
      attempts: [],
      lastReason: null,
    },
    { name: 'checking' },
    [{ type: 'read-device' }],
  );
}

/** Pure core: the next run and the effects the service must carry out. */
export function transition(run: OtaRun, event: OtaEvent): Step {
  if (run.state.name === 'finished') return unchanged(run, `late ${event.type} ignored`);
  switch (event.type) {
    case 'checked':
      return onChecked(run, event.info, event.updates);
    case 'check-failed':
      return run.state.name === 'checking'
        ? finish(run.context, 'failed', {
            reasonCode: 'device-info-unreadable',
            toVersion: null,
            recordAttempt: false,
          })
        : unchanged(run);
    case 'ota-ack':
      return onOtaAck(run, event.accepted);
    case 'sync-start':
      return onSyncStart(run, event.deviceType, event.accepted);
    case 'progress':
      return onProgress(run, event.deviceType, event.percent);
    case 'result':
      return onResult(run, event.deviceType, event.success, event.at);
    case 'link-lost':
      return onLinkLost(run, event.at);
    case 'link-restored':
      return onLinkRestored(run, event.at);
    case 'timer':
      return onTimer(run, event.timer, event.at);
    case 'version-read':
      return onVersionRead(run, event.read);
    case 'cancel':
      return finish(run.context, 'failed', {
        reasonCode: 'cancelled',
        toVersion: null,
        recordAttempt: run.state.name !== 'checking',
      });
    default:
      return assertNever(event);
  }
}

function firstMethod(target: OtaTarget, choice: MethodChoice): DecoMethod | null {
  if (target === 'outlet') return null;
  return choice === 'outlet' ? 'outlet' : 'wifi';
}

/** Rule: refuse a Deco update quickly when there is no faceplate or it is offline; skip current. */
function onChecked(run: OtaRun, info: DeviceInfo, updates: AvailableUpdates | null): Step {
  if (run.state.name !== 'checking') return unchanged(run);
  const { target } = run.context;
  const outletUpdate = updates?.outlet ?? null;
  const webUpdate = updates?.web ?? null;
  const module = target === 'outlet' ? outletUpdate : (updates?.deco ?? null);
  const fromVersion = target === 'outlet' ? info.outletVersion : (info.deco?.version ?? null);
  const webOnly = target === 'outlet' && !outletUpdate?.hasUpdate && !!webUpdate?.hasUpdate;
  // Only a known available version can say "current": null means the device could not tell.
  const checkSaysCurrent =
    module !== null &&
    module.available !== null &&
    !module.hasUpdate &&
    !(target === 'outlet' && webUpdate?.hasUpdate);
  const context = {
    ...run.context,
    isRevB: info.isRevB,
    fromVersion,
    fromWebVersion: webUpdate?.current ?? null,
    expect: webOnly ? ('web-only' as const) : ('firmware' as const),
    checkSaysCurrent,
  };
  if (target === 'deco' && info.deco === null) {
    return finish(context, 'failed', {
      reasonCode: 'no-faceplate',
      toVersion: null,
      recordAttempt: false,
    });
  }
  if (target === 'deco' && !info.deco?.online) {
    return finish(context, 'failed', {
      reasonCode: 'faceplate-offline',
      toVersion: null,
      recordAttempt: false,
    });
  }
  if (checkSaysCurrent) {
    return finish(context, 'already-current', {
      reasonCode: null,
      toVersion: fromVersion,
      recordAttempt: false,
    });
  }
  return startAttempt({ ...context, method: firstMethod(target, run.context.choice) });
}

function startAttempt(context: OtaRun['context']): Step {
  return step(context, { name: 'starting', ack: 'waiting' }, [
    ...disarmAll(),
    { type: 'send-ota', target: context.target, method: context.method },
    arm('stall', context.timeouts.stallMs),
  ]);
}

/**
 * Rule: an attempt that failed ends the run, except a Deco on `auto` whose Wi-Fi attempt
 * failed: that is tried once more via InvisOutlet (the docs' own advice, protocol.md §9).
 */
export function attemptFailed(
  run: OtaRun,
  reasonCode: ReasonCode,
  toVersion: string | null = null,
): Step {
  const { context } = run;
  const fallBack =
    context.target === 'deco' && context.choice === 'auto' && context.method === 'wifi';
  if (!fallBack) return finish(context, 'failed', { reasonCode, toVersion, recordAttempt: true });
  const reason = reasonText(reasonCode, {
    target: context.target,
    version: toVersion ?? context.fromVersion,
  });
  const next = startAttempt({
    ...context,
    method: 'outlet',
    attempts: [...context.attempts, { method: 'wifi', result: 'failed', reasonCode, reason }],
    lastReason: reasonCode,
  });
  return {
    run: next.run,
    effects: [
      log(`Wi-Fi attempt failed (${reasonCode}); trying via InvisOutlet`, 'warn'),
      ...next.effects,
    ],
  };
}

/** Rules: revA PUBACK 1 = proceed, PUBACK 0 = not started; revB PUBACK = only "received". */
function onOtaAck(run: OtaRun, accepted: boolean): Step {
  const { state } = run;
  if (state.name !== 'starting' && state.name !== 'awaiting-restart') return unchanged(run);
  if (accepted) {
    return state.name === 'starting'
      ? step(run.context, { name: 'starting', ack: 'accepted' })
      : unchanged(run);
  }
  if (run.context.checkSaysCurrent) {
    return finish(run.context, 'already-current', {
      reasonCode: null,
      toVersion: run.context.fromVersion,
      recordAttempt: true,
    });
  }
  return attemptFailed(run, 'declined');
}

/** Rule: revB's synchronous 21 after the reconnect; matched by target, never by packetID. */
function onSyncStart(run: OtaRun, deviceType: number, accepted: boolean): Step {
  const { state, context } = run;
  if (deviceType !== otaTypeForTarget(context.target))
    return unchanged(run, `sync 21 for type ${deviceType} ignored`);
  if (state.name !== 'starting' && state.name !== 'awaiting-restart') return unchanged(run);
  if (!accepted) return attemptFailed(run, 'declined');
  return step(context, { name: 'starting', ack: 'accepted' }, [
    disarm('reboot'),
    arm('stall', context.timeouts.stallMs),
  ]);
}

/** Rule: every 22 re-arms the stall timer; a progress push also stands in for a missed sync 21. */
function onProgress(run: OtaRun, deviceType: number, percent: number): Step {
  const { state, context } = run;
  const phase = DEVICE_TYPE_PHASE[deviceType];
  if (!phase || !isForTarget(context.target, deviceType))
    return unchanged(run, `progress for type ${deviceType} ignored`);
  if (
    state.name !== 'starting' &&
    state.name !== 'awaiting-restart' &&
    state.name !== 'downloading'
  ) {
    return unchanged(run);
  }
  const bounded = Math.max(0, Math.min(100, Math.round(percent)));
  return step(context, { name: 'downloading', phase, percent: bounded }, [
    disarm('reboot'),
    arm('stall', context.timeouts.stallMs),
  ]);
}

function onResult(run: OtaRun, deviceType: number, success: boolean, at: number): Step {
  const { state, context } = run;
  if (!isForTarget(context.target, deviceType))
    return unchanged(run, `result for type ${deviceType} ignored`);
  const active =
    state.name === 'starting' || state.name === 'awaiting-restart' || state.name === 'downloading';
  if (!active)
    return unchanged(run, `result ${deviceType}/${success ? 1 : 0} after the download ignored`);
  if (!success) {
    // Rule: real devices send a junk failure at the start of every update (protocol.md §5.1).
    if (state.name !== 'downloading')
      return unchanged(run, `junk start result 23 [${deviceType},0] ignored`);
    return attemptFailed(run, 'failure-result');
  }
  if (deviceType === 3) {
    // Rule: 23 [3,1] ends only the web-UI sub-phase; the firmware phase follows (§5.3).
    return step(context, { name: 'downloading', phase: 'firmware', percent: 0 }, [
      arm('stall', context.timeouts.stallMs),
    ]);
  }
  const { timeouts } = context;
  if (context.target === 'deco') {
    // The outlet connection stays up while the Deco restarts: poll 12 straight away.
    return step(
      context,
      { name: 'verifying', deadline: at + timeouts.verifyMs, decoSeen: 'nothing' },
      [...disarmAll(), arm('verify', timeouts.verifyMs), arm('poll', timeouts.pollMs)],
    );
  }
  return step(
    context,
    { name: 'rebooting', deadline: at + timeouts.rebootMs, dropped: context.link === 'down' },
    [...disarmAll(), arm('reboot', timeouts.rebootMs), arm('poll', timeouts.pollMs)],
  );
}

/** Rule: after 21 the drop is expected (revB restarts at once): wait for the reboot, not for progress. */
function onLinkLost(run: OtaRun, at: number): Step {
  const { state } = run;
  const context = { ...run.context, link: 'down' as const };
  switch (state.name) {
    case 'starting':
      return step(context, { name: 'awaiting-restart', deadline: at + context.timeouts.rebootMs }, [
        disarm('stall'),
        arm('reboot', context.timeouts.rebootMs),
      ]);
    case 'rebooting':
      return step(context, { ...state, dropped: true });
    case 'checking':
    case 'awaiting-restart':
    case 'downloading':
    case 'verifying':
      return step(context, state);
    case 'finished':
      return unchanged(run);
    default:
      return assertNever(state);
  }
}

function onLinkRestored(run: OtaRun, at: number): Step {
  const { state } = run;
  const context = { ...run.context, link: 'up' as const };
  switch (state.name) {
    case 'awaiting-restart':
      return step(context, { name: 'starting', ack: 'waiting' }, [
        disarm('reboot'),
        arm('stall', context.timeouts.stallMs),
      ]);
    case 'rebooting':
      return enterVerifying(context, at);
    case 'checking':
    case 'starting':
    case 'downloading':
    case 'verifying':
      return step(context, state);
    case 'finished':
      return unchanged(run);
    default:
      return assertNever(state);
  }
}

function enterVerifying(context: OtaRun['context'], at: number): Step {
  return step(
    context,
    { name: 'verifying', deadline: at + context.timeouts.verifyMs, decoSeen: 'nothing' },
    [...disarmAll(), arm('verify', context.timeouts.verifyMs), { type: 'read-version' }],
  );
}

function onTimer(run: OtaRun, timer: TimerName, at: number): Step {
  const { state, context } = run;
  switch (timer) {
    case 'stall':
      if (state.name !== 'starting' && state.name !== 'downloading') return unchanged(run);
      // Silence with the link down is lost contact, not a device failure.
      return context.link === 'down'
        ? finish(context, 'unreachable', {
            reasonCode: 'lost-contact',
            toVersion: null,
            recordAttempt: true,
          })
        : attemptFailed(run, 'stalled');
    case 'reboot':
      if (
        state.name === 'awaiting-restart' ||
        (state.name === 'rebooting' && context.link === 'down')
      ) {
        return finish(context, 'unreachable', {
          reasonCode: 'not-back',
          toVersion: null,
          recordAttempt: true,
        });
      }
      // Reachable all along but never seen restarting: one last read decides.
      return state.name === 'rebooting' ? enterVerifying(context, at) : unchanged(run);
    case 'poll':
      if (state.name === 'verifying' || (state.name === 'rebooting' && context.link === 'up')) {
        return step(context, state, [{ type: 'read-version' }]);
      }
      return unchanged(run);
    case 'verify':
      if (state.name !== 'verifying') return unchanged(run);
      if (state.decoSeen === 'old-version') return attemptFailed(run, 'same-version');
      return finish(context, 'unreachable', {
        reasonCode: context.target === 'deco' ? 'not-back' : 'version-unreadable',
        toVersion: null,
        recordAttempt: true,
      });
    default:
      return assertNever(timer);
  }
}

function newVersionOf(context: OtaRun['context'], read: VersionRead): string | null {
  if (context.target === 'deco') return read.deco?.version ?? null;
  return context.expect === 'web-only' ? read.webVersion : read.outletVersion;
}

function fromVersionOf(context: OtaRun['context']): string | null {
  return context.expect === 'web-only' ? context.fromWebVersion : context.fromVersion;
}

/** Rule: success means the version read back differs from the version at the start. */
function onVersionRead(run: OtaRun, read: VersionRead | null): Step {
  const { state, context } = run;
  if (state.name !== 'verifying' && state.name !== 'rebooting') return unchanged(run);
  const rearm = [arm('poll', context.timeouts.pollMs)];
  if (read === null) return step(context, state, rearm);
  const now = newVersionOf(context, read);
  const before = fromVersionOf(context);
  const moved = now !== null && now !== before;
  if (moved) {
    const toVersion = context.target === 'deco' ? now : read.outletVersion;
    return finish(context, 'updated', { reasonCode: null, toVersion, recordAttempt: true });
  }
  if (state.name === 'rebooting') return step(context, state, rearm); // not restarted yet
  if (context.target === 'outlet') {
    return attemptFailed(run, 'same-version', read.outletVersion);
  }
  // Deco: the PM block vanishes while it restarts; only a return with the old version is final.
  if (read.deco === null || now === null)
    return step(context, { ...state, decoSeen: 'absent' }, rearm);
  if (state.decoSeen === 'absent') return attemptFailed(run, 'same-version', now);
  return step(context, { ...state, decoSeen: 'old-version' }, rearm);
}
