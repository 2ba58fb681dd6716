import { describe, expect, it } from 'vitest';
import { availableUpdates, deviceInfo } from '../../fakes/device-fixtures.js';
import {
  linkLost,
  linkRestored,
  MachineDriver,
  progress,
  read,
  result,
  timer,
} from './machine-driver.js';

const decoOnline = (version: string) => ({ online: true, version });

describe('checking', () => {
  it('reads the device first', () => {
    const m = new MachineDriver('outlet');
    expect(m.state).toEqual({ name: 'checking' });
    expect(m.effects).toContainEqual({ type: 'read-device' });
  });

  it('refuses a Deco update when no faceplate is attached, without sending 21', () => {
    const m = new MachineDriver('deco').checked(deviceInfo({ deco: null }));
    expect(m.outcome).toMatchObject({
      outcome: 'failed',
      reasonCode: 'no-faceplate',
      attempts: [],
    });
    expect(m.effects.some((e) => e.type === 'send-ota')).toBe(false);
  });

  it('refuses a Deco update when the faceplate is offline', () => {
    const info = deviceInfo();
    const m = new MachineDriver('deco').checked({
      ...info,
      deco: { ...info.deco!, online: false },
    });
    expect(m.outcome).toMatchObject({ outcome: 'failed', reasonCode: 'faceplate-offline' });
  });

  it('ends already-current when 20 says the running version is the available one', () => {
    const updates = availableUpdates({
      outlet: { current: '1.4.0', available: '1.4.0', hasUpdate: false },
    });
    const m = new MachineDriver('outlet').checked(deviceInfo(), updates);
    expect(m.outcome).toMatchObject({
      outcome: 'already-current',
      fromVersion: '1.4.0',
      toVersion: '1.4.0',
    });
    expect(m.effects.some((e) => e.type === 'send-ota')).toBe(false);
  });

  it('still updates the outlet when only the web UI has an update', () => {
    const updates = availableUpdates({
      outlet: { current: '1.4.0', available: '1.4.0', hasUpdate: false },
      web: { current: '2.0.0', available: '2.1.0', hasUpdate: true },
    });
    const m = new MachineDriver('outlet').checked(deviceInfo(), updates);
    expect(m.state).toEqual({ name: 'starting', ack: 'waiting' });
    expect(m.run.context.expect).toBe('web-only');
  });

  it('sends 21 anyway when the device could not check for updates (20 failed)', () => {
    const m = new MachineDriver('outlet').checked(deviceInfo(), null);
    expect(m.effects).toContainEqual({ type: 'send-ota', target: 'outlet', method: null });
    expect(m.effects).toContainEqual({ type: 'arm', timer: 'stall', ms: 60_000 });
  });

  it('fails truthfully when the device information cannot be read', () => {
    const m = new MachineDriver('outlet').send({ type: 'check-failed', message: 'timeout' });
    expect(m.outcome).toMatchObject({ outcome: 'failed', reasonCode: 'device-info-unreadable' });
  });

  it('starts a Deco on auto with Wi-Fi first', () => {
    const m = new MachineDriver('deco', 'auto').checked();
    expect(m.effects).toContainEqual({ type: 'send-ota', target: 'deco', method: 'wifi' });
  });

  it('starts a Deco on "outlet" via InvisOutlet', () => {
    const m = new MachineDriver('deco', 'outlet').checked();
    expect(m.effects).toContainEqual({ type: 'send-ota', target: 'deco', method: 'outlet' });
  });
});

describe('revA acknowledgement', () => {
  it('PUBACK 1 means proceed', () => {
    const m = new MachineDriver('outlet').checked().send({ type: 'ota-ack', accepted: true });
    expect(m.state).toEqual({ name: 'starting', ack: 'accepted' });
  });

  it('PUBACK 0 is "the device declined the update" when the check did not say current', () => {
    const m = new MachineDriver('outlet').checked().send({ type: 'ota-ack', accepted: false });
    expect(m.outcome).toMatchObject({ outcome: 'failed', reasonCode: 'declined' });
    expect(m.outcome?.reason).toMatch(/declined/);
    expect(m.outcome?.attempts).toHaveLength(1);
  });

  it('PUBACK 0 is already-current when the check said the running version is the available one', () => {
    // Defensive: the service never sends 21 when the check says current, but if a device's
    // answer changes between the check and the decline, the truthful outcome is "current".
    const m = new MachineDriver('outlet');
    m.run = { ...m.run, context: { ...m.run.context, checkSaysCurrent: true } };
    m.run = { ...m.run, state: { name: 'starting', ack: 'waiting' } };
    m.send({ type: 'ota-ack', accepted: false });
    expect(m.outcome).toMatchObject({ outcome: 'already-current' });
  });
});

describe('revB restart after 21', () => {
  it('treats the drop right after 21 as expected: awaiting restart on the reboot timer', () => {
    const m = new MachineDriver('outlet').checked();
    const effects = m.effectsOf(linkLost);
    expect(m.state.name).toBe('awaiting-restart');
    expect(effects).toContainEqual({ type: 'disarm', timer: 'stall' });
    expect(effects).toContainEqual({ type: 'arm', timer: 'reboot', ms: 180_000 });
  });

  it('the synchronous 21 [1,1] after the reconnect means proceed, matched by target', () => {
    const m = new MachineDriver('outlet').checked().send(linkLost, linkRestored);
    expect(m.state).toEqual({ name: 'starting', ack: 'waiting' });
    m.send({ type: 'sync-start', deviceType: 2, accepted: false });
    expect(m.state.name).toBe('starting'); // another target's message is not ours
    m.send({ type: 'sync-start', deviceType: 1, accepted: true });
    expect(m.state).toEqual({ name: 'starting', ack: 'accepted' });
  });

  it('the synchronous 21 [1,0] means failed', () => {
    const m = new MachineDriver('outlet').checked().send(linkLost, linkRestored);
    m.send({ type: 'sync-start', deviceType: 1, accepted: false });
    expect(m.outcome).toMatchObject({ outcome: 'failed', reasonCode: 'declined' });
  });

  it('a progress push stands in for a missed synchronous 21', () => {
    const m = new MachineDriver('outlet').checked().send(linkLost, linkRestored, progress(1, 10));
    expect(m.state).toEqual({ name: 'downloading', phase: 'firmware', percent: 10 });
  });

  it('not back within the reboot timeout is unreachable', () => {
    const m = new MachineDriver('outlet').checked().send(linkLost, timer('reboot'));
    expect(m.outcome).toMatchObject({ outcome: 'unreachable', reasonCode: 'not-back' });
  });
});

describe('junk start result', () => {
  it('ignores 23 [t,0] before any progress (logged)', () => {
    const m = new MachineDriver('outlet').checked();
    const effects = m.effectsOf(result(1, false));
    expect(m.state.name).toBe('starting');
    expect(effects.some((e) => e.type === 'log' && /junk/.test(e.message))).toBe(true);
  });

  it('ignores the junk result for the Deco too', () => {
    const m = new MachineDriver('deco').checked().send(result(2, false));
    expect(m.state.name).toBe('starting');
  });

  it('treats 23 [t,0] after progress as a real failure', () => {
    const m = new MachineDriver('outlet', 'auto').checked().send(progress(1, 30), result(1, false));
    expect(m.outcome).toMatchObject({ outcome: 'failed', reasonCode: 'failure-result' });
  });

  it('counts web-UI progress (type 3) as outlet progress for the gating', () => {
    const m = new MachineDriver('outlet').checked().send(progress(3, 5), result(1, false));
    expect(m.outcome).toMatchObject({ outcome: 'failed', reasonCode: 'failure-result' });
  });
});

describe('web-UI sub-phase', () => {
  it('23 [3,1] ends only the web phase; the firmware phase follows', () => {
    const m = new MachineDriver('outlet')
      .checked()
      .send(progress(3, 50), progress(3, 100), result(3, true));
    expect(m.state).toEqual({ name: 'downloading', phase: 'firmware', percent: 0 });
    m.send(progress(1, 40));
    expect(m.state).toEqual({ name: 'downloading', phase: 'firmware', percent: 40 });
  });

  it('ignores progress for another device type', () => {
    const m = new MachineDriver('outlet').checked().send(progress(2, 50));
    expect(m.state.name).toBe('starting');
  });
});

describe('stall', () => {
  it('re-arms the stall timer on every progress push', () => {
    const m = new MachineDriver('outlet').checked();
    expect(m.effectsOf(progress(1, 10))).toContainEqual({
      type: 'arm',
      timer: 'stall',
      ms: 60_000,
    });
    expect(m.effectsOf(progress(1, 20))).toContainEqual({
      type: 'arm',
      timer: 'stall',
      ms: 60_000,
    });
  });

  it('no progress within the stall timeout is failed: stopped reporting progress', () => {
    const m = new MachineDriver('outlet').checked().send(progress(1, 10), timer('stall'));
    expect(m.outcome).toMatchObject({ outcome: 'failed', reasonCode: 'stalled' });
    expect(m.outcome?.reason).toMatch(/stopped reporting progress/);
  });

  it('a stall counted from 21 fails an update that never started', () => {
    const m = new MachineDriver('outlet').checked().send(timer('stall'));
    expect(m.outcome).toMatchObject({ outcome: 'failed', reasonCode: 'stalled' });
  });

  it('silence while the link is down is lost contact (unreachable), not a device failure', () => {
    const m = new MachineDriver('outlet').checked().send(progress(1, 10), linkLost, timer('stall'));
    expect(m.outcome).toMatchObject({ outcome: 'unreachable', reasonCode: 'lost-contact' });
  });
});

describe('outlet reboot and verification', () => {
  const finishedDownload = () =>
    new MachineDriver('outlet').checked().send(progress(1, 50), progress(1, 100), result(1, true));

  it('23 [1,1] -> rebooting with the reboot timer', () => {
    const m = new MachineDriver('outlet').checked().send(progress(1, 100));
    const effects = m.effectsOf(result(1, true));
    expect(m.state).toMatchObject({ name: 'rebooting', dropped: false });
    expect(effects).toContainEqual({ type: 'arm', timer: 'reboot', ms: 180_000 });
  });

  it('reconnect then a new version read back is updated', () => {
    const m = finishedDownload().send(linkLost, linkRestored);
    expect(m.state.name).toBe('verifying');
    expect(m.effects.at(-1)).toEqual({ type: 'read-version' });
    m.send(read('1.5.0'));
    expect(m.outcome).toMatchObject({
      outcome: 'updated',
      fromVersion: '1.4.0',
      toVersion: '1.5.0',
    });
    expect(m.outcome?.attempts).toEqual([
      { method: null, result: 'updated', reasonCode: null, reason: null },
    ]);
  });

  it('the same version back is failed: reported success but still runs X', () => {
    const m = finishedDownload().send(linkLost, linkRestored, read('1.4.0'));
    expect(m.outcome).toMatchObject({
      outcome: 'failed',
      reasonCode: 'same-version',
      toVersion: '1.4.0',
    });
    expect(m.outcome?.reason).toBe('The outlet reported success but still runs 1.4.0.');
  });

  it('not back within the reboot timeout is unreachable', () => {
    const m = finishedDownload().send(linkLost, timer('reboot'));
    expect(m.outcome).toMatchObject({ outcome: 'unreachable', reasonCode: 'not-back' });
  });

  it('a failed read keeps polling; the verify timeout ends it as unreachable', () => {
    const m = finishedDownload().send(linkLost, linkRestored);
    expect(m.effectsOf({ type: 'version-read', read: null })).toContainEqual({
      type: 'arm',
      timer: 'poll',
      ms: 5_000,
    });
    m.send(timer('verify'));
    expect(m.outcome).toMatchObject({ outcome: 'unreachable', reasonCode: 'version-unreadable' });
  });

  it('a reboot too quick to notice is caught by polling while the link stays up', () => {
    const m = finishedDownload();
    expect(m.effectsOf(timer('poll'))).toContainEqual({ type: 'read-version' });
    m.send(read('1.4.0'));
    expect(m.state.name).toBe('rebooting'); // not restarted yet: keep waiting
    m.send(read('1.5.0'));
    expect(m.outcome).toMatchObject({ outcome: 'updated', toVersion: '1.5.0' });
  });

  it('a web-only update is verified by the web-UI version', () => {
    const updates = availableUpdates({
      outlet: { current: '1.4.0', available: '1.4.0', hasUpdate: false },
      web: { current: '2.0.0', available: '2.1.0', hasUpdate: true },
    });
    const m = new MachineDriver('outlet').checked(deviceInfo(), updates);
    m.send(
      progress(3, 100),
      result(3, true),
      progress(1, 100),
      result(1, true),
      linkLost,
      linkRestored,
    );
    m.send(read('1.4.0', null, '2.1.0'));
    expect(m.outcome).toMatchObject({ outcome: 'updated' });
  });
});

describe('Deco verification', () => {
  const decoDone = (choice: 'auto' | 'wifi' | 'outlet' = 'wifi') =>
    new MachineDriver('deco', choice).checked().send(progress(2, 100), result(2, true));

  it('goes straight to verifying: the outlet connection stays up', () => {
    const m = decoDone();
    expect(m.state).toMatchObject({ name: 'verifying', decoSeen: 'nothing' });
  });

  it('keeps polling while the PM block is absent, then reads the new version', () => {
    const m = decoDone().send(read('1.4.0', null));
    expect(m.state).toMatchObject({ name: 'verifying', decoSeen: 'absent' });
    m.send(read('1.4.0', decoOnline('3.1.0')));
    expect(m.outcome).toMatchObject({
      outcome: 'updated',
      fromVersion: '3.0.0',
      toVersion: '3.1.0',
      method: 'wifi',
    });
  });

  it('back with the old version after being absent is failed (same version)', () => {
    const m = decoDone().send(read('1.4.0', null), read('1.4.0', decoOnline('3.0.0')));
    expect(m.outcome).toMatchObject({ outcome: 'failed', reasonCode: 'same-version' });
  });

  it('never back within the verify timeout is unreachable', () => {
    const m = decoDone().send(read('1.4.0', null), timer('verify'));
    expect(m.outcome).toMatchObject({ outcome: 'unreachable', reasonCode: 'not-back' });
  });
});

describe('Deco automatic method fallback', () => {
  it('a real failure via Wi-Fi is retried once via InvisOutlet, and both attempts are recorded', () => {
    const m = new MachineDriver('deco', 'auto').checked().send(progress(2, 20));
    const effects = m.effectsOf(result(2, false));
    expect(effects).toContainEqual({ type: 'send-ota', target: 'deco', method: 'outlet' });
    expect(m.state).toEqual({ name: 'starting', ack: 'waiting' });
    m.send(result(2, false)); // the junk result of the second attempt is still junk
    m.send(progress(2, 100), result(2, true), read('1.4.0', decoOnline('3.1.0')));
    expect(m.outcome).toMatchObject({ outcome: 'updated', method: 'outlet' });
    expect(m.outcome?.attempts.map((a) => [a.method, a.result, a.reasonCode])).toEqual([
      ['wifi', 'failed', 'failure-result'],
      ['outlet', 'updated', null],
    ]);
  });

  it('falls back after a declined Wi-Fi attempt and after a stall', () => {
    const declined = new MachineDriver('deco', 'auto')
      .checked()
      .send({ type: 'ota-ack', accepted: false });
    expect(declined.run.context.method).toBe('outlet');
    const stalled = new MachineDriver('deco', 'auto').checked().send(timer('stall'));
    expect(stalled.run.context.method).toBe('outlet');
  });

  it('falls back only once: a failure via InvisOutlet ends the run', () => {
    const m = new MachineDriver('deco', 'auto').checked().send(timer('stall'), timer('stall'));
    expect(m.outcome).toMatchObject({ outcome: 'failed', method: 'outlet' });
    expect(m.outcome?.attempts).toHaveLength(2);
  });

  it('"wifi only" does not fall back', () => {
    const m = new MachineDriver('deco', 'wifi').checked().send(timer('stall'));
    expect(m.outcome).toMatchObject({ outcome: 'failed', method: 'wifi' });
  });
});

describe('finished runs and cancel', () => {
  it('ignores late events after the outcome', () => {
    const m = new MachineDriver('outlet').checked().send(timer('stall'));
    const before = m.run;
    m.send(progress(1, 50), result(1, true));
    expect(m.run).toBe(before);
  });

  it('cancel ends the run as failed/cancelled and disarms every timer', () => {
    const m = new MachineDriver('outlet').checked();
    const effects = m.effectsOf({ type: 'cancel' });
    expect(m.outcome).toMatchObject({ outcome: 'failed', reasonCode: 'cancelled' });
    expect(effects.filter((e) => e.type === 'disarm')).toHaveLength(4);
  });
});

describe('unknown available version', () => {
  it('does not call the device current when 20 gives no available version', () => {
    const updates = availableUpdates({
      outlet: { current: '1.4.0', available: null, hasUpdate: false },
    });
    const m = new MachineDriver('outlet').checked(deviceInfo(), updates);
    expect(m.state).toEqual({ name: 'starting', ack: 'waiting' });
  });
});
