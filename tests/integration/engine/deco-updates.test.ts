import { afterEach, describe, expect, it } from 'vitest';
import { closeSimulators, simulator, updateOn } from '../support/engine-harness.js';

afterEach(closeSimulators);

describe.each(['A', 'B'] as const)('Deco update on rev%s', (rev) => {
  it.each(['wifi', 'outlet'] as const)(
    'updates via %s and reads the new version back',
    async (method) => {
      const sim = await simulator({ rev });
      const { outcome } = await updateOn(sim, { target: 'deco', method });
      expect(outcome).toMatchObject({
        outcome: 'updated',
        method,
        fromVersion: '3.0.0',
        toVersion: '3.1.0',
        attempts: [{ method, result: 'updated' }],
      });
      expect(sim.snapshot().otaRequests).toEqual([
        { target: 2, method: method === 'wifi' ? 0 : 1 },
      ]);
    },
  );

  it('automatic: Wi-Fi fails, then via InvisOutlet succeeds, and both attempts are recorded', async () => {
    const sim = await simulator({ rev, scenario: 'deco-wifi-fails' });
    const { outcome } = await updateOn(sim, { target: 'deco', method: 'auto' });
    expect(outcome).toMatchObject({ outcome: 'updated', method: 'outlet', toVersion: '3.1.0' });
    expect(outcome.attempts.map((a) => [a.method, a.result, a.reasonCode])).toEqual([
      ['wifi', 'failed', 'failure-result'],
      ['outlet', 'updated', null],
    ]);
    expect(sim.snapshot().otaRequests).toEqual([
      { target: 2, method: 0 },
      { target: 2, method: 1 },
    ]);
  });

  it('Wi-Fi only does not fall back', async () => {
    const sim = await simulator({ rev, scenario: 'deco-wifi-fails' });
    const { outcome } = await updateOn(sim, { target: 'deco', method: 'wifi' });
    expect(outcome).toMatchObject({
      outcome: 'failed',
      method: 'wifi',
      reasonCode: 'failure-result',
    });
    expect(outcome.toVersion).toBeNull();
    expect(sim.snapshot().otaRequests).toHaveLength(1);
  });

  it('does not believe a success result when the faceplate returns with the old version', async () => {
    const sim = await simulator({ rev, scenario: 'false-success' });
    const { outcome } = await updateOn(sim, { target: 'deco', method: 'wifi' });
    expect(outcome).toMatchObject({
      outcome: 'failed',
      reasonCode: 'same-version',
      toVersion: '3.0.0',
    });
  });

  it('is unreachable when the faceplate never comes back', async () => {
    const sim = await simulator({ rev, scenario: 'never-returns' });
    const { outcome } = await updateOn(sim, { target: 'deco', method: 'outlet' });
    expect(outcome).toMatchObject({ outcome: 'unreachable', reasonCode: 'not-back' });
  });

  it('refuses quickly when no faceplate is attached', async () => {
    const sim = await simulator({ rev, deco: 'none' });
    const { outcome } = await updateOn(sim, { target: 'deco' });
    expect(outcome).toMatchObject({ outcome: 'failed', reasonCode: 'no-faceplate', attempts: [] });
    expect(sim.snapshot().otaRequests).toEqual([]);
  });

  it('refuses quickly when the faceplate is offline', async () => {
    const sim = await simulator({ rev, deco: 'offline' });
    const { outcome } = await updateOn(sim, { target: 'deco' });
    expect(outcome).toMatchObject({ outcome: 'failed', reasonCode: 'faceplate-offline' });
    expect(sim.snapshot().otaRequests).toEqual([]);
  });
});
