import { afterEach, describe, expect, it } from 'vitest';
import { connectOutlet } from '../../../electron/outlet/connect-outlet.js';
import { OtaService } from '../../../electron/ota/ota-service.js';
import { systemClock } from '../../../electron/support/clock.js';
import { silentLogger } from '../../../electron/support/logger.js';
import {
  addressOf,
  closeSimulators,
  FAST_TIMEOUTS,
  simulator,
  timeoutsFor,
  updateOn,
} from '../support/engine-harness.js';

afterEach(closeSimulators);

describe.each(['A', 'B'] as const)('outlet update on rev%s', (rev) => {
  it('updates and proves it by reading the new version back', async () => {
    const sim = await simulator({ rev });
    const { outcome, states, transport } = await updateOn(sim, { target: 'outlet' });
    expect(transport).toBe(rev === 'B' ? 'tcp' : 'ws');
    expect(outcome).toMatchObject({
      outcome: 'updated',
      fromVersion: '1.4.0',
      toVersion: '1.5.0',
      method: null,
      attempts: [{ method: null, result: 'updated' }],
    });
    expect(states).toContain('downloading');
    expect(states.slice(-2)).toEqual(['verifying', 'finished']);
    if (rev === 'B') expect(states).toContain('awaiting-restart');
    expect(sim.snapshot().otaRequests).toEqual([{ target: 1, method: 0 }]);
    expect(sim.snapshot().updatesApplied).toContain('outlet');
  });

  it('reports already-current without sending 21', async () => {
    const sim = await simulator({ rev, scenario: 'already-current' });
    const { outcome } = await updateOn(sim, { target: 'outlet' });
    expect(outcome).toMatchObject({
      outcome: 'already-current',
      fromVersion: '1.4.0',
      toVersion: '1.4.0',
    });
    expect(sim.snapshot().otaRequests).toEqual([]);
  });

  it('fails when the device declines the update', async () => {
    // revB says "declined" only in its synchronous 21 right after restarting; at 50x speed that
    // window is shorter than one fast-reconnect interval, so run this one at 10x.
    const sim = await simulator({ rev, scenario: 'declined', speed: 10 });
    const { outcome } = await updateOn(sim, { target: 'outlet', timeouts: timeoutsFor(10) });
    expect(outcome).toMatchObject({ outcome: 'failed', reasonCode: 'declined', toVersion: null });
  });

  it('fails a stalled update: stopped reporting progress', async () => {
    const sim = await simulator({ rev, scenario: 'stall' });
    const { outcome } = await updateOn(sim, { target: 'outlet' });
    expect(outcome).toMatchObject({ outcome: 'failed', reasonCode: 'stalled' });
    expect(outcome.reason).toBe('The outlet stopped reporting progress.');
  });

  it('does not believe a success result when the old version comes back', async () => {
    const sim = await simulator({ rev, scenario: 'false-success' });
    const { outcome } = await updateOn(sim, { target: 'outlet' });
    expect(outcome).toMatchObject({
      outcome: 'failed',
      reasonCode: 'same-version',
      toVersion: '1.4.0',
    });
    expect(outcome.reason).toBe('The outlet reported success but still runs 1.4.0.');
  });

  it('is unreachable when the outlet never comes back after the update', async () => {
    const sim = await simulator({ rev, scenario: 'never-returns' });
    const { outcome } = await updateOn(sim, { target: 'outlet' });
    expect(outcome).toMatchObject({ outcome: 'unreachable', reasonCode: 'not-back' });
  });

  it('waits through a slow reboot', async () => {
    const sim = await simulator({ rev, scenario: 'slow-reboot' });
    const { outcome } = await updateOn(sim, { target: 'outlet' });
    expect(outcome).toMatchObject({ outcome: 'updated', toVersion: '1.5.0' });
  });

  it('ignores noise: invalid JSON, stray values and unrelated pushes', async () => {
    const sim = await simulator({ rev, scenario: 'noise' });
    const { outcome, log } = await updateOn(sim, { target: 'outlet' });
    expect(outcome).toMatchObject({ outcome: 'updated', toVersion: '1.5.0' });
    expect(log.lines.some((line) => /junk|unrecognised|ignored/.test(line))).toBe(true);
  });
});

describe('revA specifics', () => {
  it('runs the web-UI phase before the firmware phase and updates both', async () => {
    const sim = await simulator({ rev: 'A' });
    const { outcome } = await updateOn(sim, { target: 'outlet' });
    expect(outcome.outcome).toBe('updated');
    expect(sim.snapshot()).toMatchObject({ outletVersion: '1.5.0', webVersion: '2.1.0' });
  });

  it('updates a revA outlet over an explicit WebSocket transport', async () => {
    const sim = await simulator({ rev: 'A' });
    const { outcome, transport } = await updateOn(sim, { target: 'outlet', transport: 'ws' });
    expect(transport).toBe('ws');
    expect(outcome.outcome).toBe('updated');
  });
});

describe('revB specifics', () => {
  it('proceeds on progress when the synchronous 21 never comes', async () => {
    const sim = await simulator({ rev: 'B', scenario: 'no-sync-21' });
    const { outcome } = await updateOn(sim, { target: 'outlet' });
    expect(outcome).toMatchObject({ outcome: 'updated', toVersion: '1.5.0' });
  });

  it.each(['newline', 'none', 'split', 'coalesce'] as const)(
    'survives %s TCP framing',
    async (framing) => {
      const sim = await simulator({ rev: 'B', framing });
      const { outcome } = await updateOn(sim, { target: 'outlet' });
      expect(outcome.outcome).toBe('updated');
    },
  );
});

describe('one update per device', () => {
  it('refuses a second update on the same outlet with a clear error value', async () => {
    const sim = await simulator({ rev: 'B' });
    const connected = await connectOutlet({ ...(await addressOf(sim)), log: silentLogger });
    if (!connected.ok) throw new Error(connected.error.message);
    const service = new OtaService(systemClock, silentLogger);
    const request = { target: 'outlet' as const, choice: 'auto' as const, timeouts: FAST_TIMEOUTS };
    const first = service.begin(connected.value, request);
    const second = service.begin(connected.value, request);
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({
      ok: false,
      error: { code: 'busy', message: 'Outlet 11A18240076 is already being updated.' },
    });
    if (first.ok) expect((await first.value.done).outcome).toBe('updated');
    expect(service.isUpdating('11A18240076')).toBe(false);
    connected.value.session.close();
  });
});
