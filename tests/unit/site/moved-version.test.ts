import { describe, expect, it } from 'vitest';
import { movedVersion } from '../../../shared/site/device-check.js';

const from = { outlet: '1.4.0', web: '2.0.0', deco: '3.0.0' };

describe('movedVersion: did the update take effect?', () => {
  it('names the target’s new version when it differs from the one before', () => {
    expect(movedVersion('outlet', from, { outlet: '1.5.0', deco: '3.0.0' })).toBe('1.5.0');
    expect(movedVersion('deco', from, { outlet: '1.4.0', deco: '3.1.0' })).toBe('3.1.0');
  });

  it('is null when the target still runs the old version, whatever the other part did', () => {
    expect(movedVersion('outlet', from, { outlet: '1.4.0', deco: '3.1.0' })).toBeNull();
    expect(movedVersion('deco', from, { outlet: '1.5.0', deco: '3.0.0' })).toBeNull();
  });

  it('an unknown version now (absent or restarting) proves nothing', () => {
    expect(movedVersion('outlet', from, { outlet: null, deco: null })).toBeNull();
    expect(movedVersion('deco', from, { outlet: '1.4.0', deco: null })).toBeNull();
  });
});
