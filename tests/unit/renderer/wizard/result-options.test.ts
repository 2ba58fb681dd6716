import { describe, expect, it } from 'vitest';
import type { OtaOutcome } from '../../../../shared/model/ota.js';
import type { OtaRun } from '../../../../shared/ota/types.js';
import {
  canTryAgain,
  canTryViaOutlet,
  otherTargetWithUpdate,
} from '../../../../renderer/wizard/result/result-options.js';
import {
  INFO,
  UPDATES,
  at,
  decoWifiFailed,
  deviceView,
  outletUpdated,
  runAfter,
} from '../fixtures.js';

function outcomeOf(run: OtaRun): OtaOutcome {
  if (run.state.name !== 'finished') throw new Error(`run is ${run.state.name}`);
  return run.state.outcome;
}

const decoAutoFailed = () =>
  runAfter('deco', 'auto', [
    { type: 'ota-ack', at: at(1), accepted: true },
    { type: 'progress', at: at(2), deviceType: 2, percent: 10 },
    { type: 'timer', at: at(62), timer: 'stall' },
    { type: 'ota-ack', at: at(63), accepted: false },
  ]);

describe('result options', () => {
  it('offers the faceplate after the outlet when it has an update', () => {
    expect(otherTargetWithUpdate(deviceView(), outcomeOf(outletUpdated()))).toBe('deco');
  });

  it('does not offer the other part without a known update or a faceplate', () => {
    const outcome = outcomeOf(outletUpdated());
    expect(otherTargetWithUpdate(deviceView({ updates: null }), outcome)).toBeNull();
    expect(
      otherTargetWithUpdate(deviceView({ info: { ...INFO, deco: null } }), outcome),
    ).toBeNull();
    const decoCurrent = {
      ...UPDATES,
      deco: { current: '0.5.0', available: '0.5.0', hasUpdate: false },
    };
    expect(otherTargetWithUpdate(deviceView({ updates: decoCurrent }), outcome)).toBeNull();
    expect(otherTargetWithUpdate(null, outcome)).toBeNull();
  });

  it('offers "try via InvisOutlet" only when Wi-Fi alone was tried and failed', () => {
    expect(canTryViaOutlet(outcomeOf(decoWifiFailed()))).toBe(true);
    expect(canTryViaOutlet(outcomeOf(decoAutoFailed()))).toBe(false);
    expect(canTryViaOutlet(outcomeOf(outletUpdated()))).toBe(false);
  });

  it('offers "try again" only when the update did not happen', () => {
    expect(canTryAgain(outcomeOf(decoWifiFailed()))).toBe(true);
    expect(canTryAgain(outcomeOf(outletUpdated()))).toBe(false);
  });
});
