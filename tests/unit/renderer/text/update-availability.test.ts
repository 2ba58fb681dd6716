import { describe, expect, it } from 'vitest';
import {
  defaultTarget,
  moduleState,
  targetAvailability,
} from '../../../../renderer/text/update-availability.js';
import { DECO, INFO, UPDATES, deviceView } from '../fixtures.js';

const current = { current: '1.0.0', available: '1.0.0', hasUpdate: false };

describe('what can be updated', () => {
  it('offers both parts when both have an update, with the versions', () => {
    const view = deviceView();
    expect(targetAvailability(view, 'outlet')).toEqual({
      selectable: true,
      detail: 'Firmware 1.0.0 → 1.1.0.',
    });
    expect(targetAvailability(view, 'deco')).toEqual({
      selectable: true,
      detail: 'Firmware 0.5.0 → 0.5.1.',
    });
  });

  it('disables a part that is already current, saying so', () => {
    const view = deviceView({
      updates: {
        outlet: current,
        web: null,
        deco: { ...current, current: '0.5.0', available: '0.5.0' },
      },
    });
    expect(targetAvailability(view, 'outlet')).toEqual({
      selectable: false,
      detail: 'Already up to date (1.0.0).',
    });
    expect(targetAvailability(view, 'deco')).toEqual({
      selectable: false,
      detail: 'Already up to date (0.5.0).',
    });
    expect(defaultTarget(view)).toBeNull();
  });

  it('offers the outlet when only its web interface has an update', () => {
    const view = deviceView({
      updates: {
        ...UPDATES,
        outlet: current,
        web: { current: '0.1.2', available: '0.3.0', hasUpdate: true },
      },
    });
    expect(targetAvailability(view, 'outlet')).toEqual({
      selectable: true,
      detail: 'Web interface 0.1.2 → 0.3.0.',
    });
  });

  it('names both the firmware and the web interface when both change (revA)', () => {
    const view = deviceView({
      updates: {
        ...UPDATES,
        outlet: { current: '1.4.0', available: '1.5.0', hasUpdate: true },
        web: { current: '2.0.0', available: '2.1.0', hasUpdate: true },
      },
    });
    expect(targetAvailability(view, 'outlet').detail).toBe(
      'Firmware 1.4.0 → 1.5.0 and web interface 2.0.0 → 2.1.0.',
    );
  });

  it('disables the faceplate when none is attached or it is offline', () => {
    expect(targetAvailability(deviceView({ info: { ...INFO, deco: null } }), 'deco')).toEqual({
      selectable: false,
      detail: 'No InvisDeco faceplate is attached to this outlet.',
    });
    const offline = deviceView({ info: { ...INFO, deco: { ...DECO, online: false } } });
    expect(targetAvailability(offline, 'deco').selectable).toBe(false);
    expect(targetAvailability(offline, 'deco').detail).toMatch(/offline/);
  });

  it('allows both when updates could not be checked, and says so (never "up to date")', () => {
    const view = deviceView({ updates: null, updatesError: 'PUBACK 0' });
    for (const target of ['outlet', 'deco'] as const) {
      const availability = targetAvailability(view, target);
      expect(availability.selectable).toBe(true);
      expect(availability.detail).toMatch(/could not check/);
      expect(availability.detail).not.toMatch(/up to date/);
    }
  });

  it('treats a missing available version as unknown, not as current', () => {
    expect(moduleState({ current: '1.0.0', available: null, hasUpdate: false })).toBe('unknown');
    expect(moduleState(null)).toBe('unknown');
    expect(moduleState(current)).toBe('current');
  });

  it('preselects a part that has an update', () => {
    expect(defaultTarget(deviceView())).toBe('outlet');
    expect(defaultTarget(deviceView({ updates: { ...UPDATES, outlet: current, web: null } }))).toBe(
      'deco',
    );
  });
});
