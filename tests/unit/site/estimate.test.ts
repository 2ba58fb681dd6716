import { describe, expect, it } from 'vitest';
import { reachableCheck, unreachableCheck } from '../../../shared/site/device-check.js';
import {
  deviceSeconds,
  durationWords,
  ESTIMATE_SECONDS as S,
  estimateSeconds,
} from '../../../shared/site/estimate.js';
import { availableUpdates, deviceInfo } from '../../fakes/device-fixtures.js';

const revB = reachableCheck(0, deviceInfo(), 'tcp', availableUpdates());
const current = reachableCheck(
  0,
  deviceInfo(),
  'tcp',
  availableUpdates({
    outlet: { current: '1.4.0', available: '1.4.0', hasUpdate: false },
    deco: { current: '3.0.0', available: '3.0.0', hasUpdate: false },
  }),
);
const revAWebOnly = reachableCheck(
  0,
  deviceInfo({ hardwareRevision: 'revA', isRevB: false, deco: null }),
  'ws',
  availableUpdates({
    outlet: { current: '1.4.0', available: '1.4.0', hasUpdate: false },
    web: { current: '2.0.0', available: '2.1.0', hasUpdate: true },
    deco: null,
  }),
);

describe('time estimate', () => {
  it('adds the documented figures per device', () => {
    expect(deviceSeconds(revB)).toBe(S.check + S.outletRevB + S.deco);
    expect(deviceSeconds(current)).toBe(S.check);
    expect(deviceSeconds(revAWebOnly)).toBe(S.check + S.webOnly);
    expect(deviceSeconds(unreachableCheck(0, 'gone', false))).toBe(S.check + S.outletRevB);
  });

  it('packs devices into concurrency slots in list order', () => {
    const one = deviceSeconds(revB);
    expect(estimateSeconds([revB, revB, revB], 3)).toBe(one);
    expect(estimateSeconds([revB, revB, revB], 1)).toBe(3 * one);
    expect(estimateSeconds([revB, current, revB], 2)).toBe(S.check + one);
  });

  it('says it in words', () => {
    expect(durationWords(30)).toBe('under a minute');
    expect(durationWords(725)).toBe('about 12 min');
    expect(durationWords(4800)).toBe('about 1 h 20 min');
    expect(durationWords(7200)).toBe('about 2 h');
  });
});
