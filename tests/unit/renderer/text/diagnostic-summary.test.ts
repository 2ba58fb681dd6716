import { describe, expect, it } from 'vitest';
import { diagnosticSummary } from '../../../../renderer/text/diagnostic-summary.js';
import { APP_INFO } from '../fake-invis-api.js';
import { T0, at, decoFallingBack, deviceView, otaView, runAfter } from '../fixtures.js';

describe('diagnostic summary', () => {
  const finished = runAfter('deco', 'auto', [
    { type: 'ota-ack', at: at(1), accepted: true },
    { type: 'progress', at: at(2), deviceType: 2, percent: 10 },
    { type: 'timer', at: at(62), timer: 'stall' },
    { type: 'ota-ack', at: at(63), accepted: false },
  ]);

  it('holds everything support needs to tell what happened', () => {
    const text = diagnosticSummary({
      device: deviceView(),
      view: otaView(finished, { at: at(63) }),
      appInfo: APP_INFO,
      now: at(90),
    });
    expect(text).toContain('App version: 0.1.0 (linux)');
    expect(text).toContain('Device serial: 0003C44076');
    expect(text).toContain('Hardware revision: revA');
    expect(text).toContain('Transport: WebSocket (revA)');
    expect(text).toContain('Target: deco');
    expect(text).toContain('Outcome: failed');
    expect(text).toContain('Version before: 0.5.0');
    expect(text).toContain('Attempts (2):');
    expect(text).toMatch(/1\. via Wi-Fi: failed \[stalled\] The faceplate stopped reporting/);
    expect(text).toMatch(/2\. via InvisOutlet: failed \[declined\]/);
    expect(text).toContain(`Started: ${new Date(T0).toISOString()}`);
    expect(text).toContain(`Summary made: ${new Date(at(90)).toISOString()}`);
    expect(text).toContain(`Log file: ${APP_INFO.logPath}`);
  });

  it('still says something useful without device or app info', () => {
    const text = diagnosticSummary({
      device: null,
      view: otaView(decoFallingBack()),
      appInfo: null,
      now: T0,
    });
    expect(text).toContain('App version: unknown');
    expect(text).toContain('Outcome: not finished (starting)');
  });
});
