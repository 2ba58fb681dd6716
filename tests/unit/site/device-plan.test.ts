import { describe, expect, it } from 'vitest';
import { nextStep, planSteps, skippedSteps } from '../../../shared/site/device-plan.js';
import { combineSteps } from '../../../shared/site/device-result.js';
import { outcome } from './site-fixtures.js';

describe('device plan', () => {
  it('updates the outlet first and then its Deco; only the outlet without a Deco', () => {
    expect(planSteps(true)).toEqual(['outlet', 'deco']);
    expect(planSteps(false)).toEqual(['outlet']);
  });

  it('goes on to the Deco only after the outlet ended updated or already current', () => {
    const plan = planSteps(true);
    expect(nextStep(plan, [])).toBe('outlet');
    expect(nextStep(plan, [{ target: 'outlet', outcome: outcome('outlet', 'updated') }])).toBe(
      'deco',
    );
    expect(
      nextStep(plan, [{ target: 'outlet', outcome: outcome('outlet', 'already-current') }]),
    ).toBe('deco');
    const failed = [{ target: 'outlet' as const, outcome: outcome('outlet', 'failed') }];
    expect(nextStep(plan, failed)).toBeNull();
    expect(skippedSteps(plan, failed)).toEqual(['deco']);
    const both = [
      { target: 'outlet' as const, outcome: outcome('outlet', 'updated') },
      { target: 'deco' as const, outcome: outcome('deco', 'failed') },
    ];
    expect(nextStep(plan, both)).toBeNull();
    expect(skippedSteps(plan, both)).toEqual([]);
  });

  it('after a crash, carries on with the step that was not finished', () => {
    const plan = planSteps(true);
    expect(nextStep(plan, [{ target: 'outlet', outcome: outcome('outlet', 'updated') }])).toBe(
      'deco',
    );
  });
});

describe('device result from its steps', () => {
  const plan = planSteps(true);

  it('updated when any step updated and none went wrong; already current when nothing changed', () => {
    expect(
      combineSteps(plan, [
        { target: 'outlet', outcome: outcome('outlet', 'already-current') },
        { target: 'deco', outcome: outcome('deco', 'updated') },
      ]),
    ).toEqual({ result: 'updated', reason: null });
    expect(
      combineSteps(plan, [
        { target: 'outlet', outcome: outcome('outlet', 'already-current') },
        { target: 'deco', outcome: outcome('deco', 'already-current') },
      ]).result,
    ).toBe('already-current');
  });

  it('failed beats unreachable, and a skipped Deco is said so', () => {
    const failedOutlet = combineSteps(plan, [
      { target: 'outlet', outcome: outcome('outlet', 'failed') },
    ]);
    expect(failedOutlet.result).toBe('failed');
    expect(failedOutlet.reason).toMatch(/^Outlet: Not updated: The outlet declined the update\./);
    expect(failedOutlet.reason).toMatch(
      /faceplate was not updated because the outlet update did not succeed/,
    );
    expect(
      combineSteps(plan, [
        { target: 'outlet', outcome: outcome('outlet', 'updated') },
        { target: 'deco', outcome: outcome('deco', 'unreachable') },
      ]).result,
    ).toBe('unreachable');
  });
});
