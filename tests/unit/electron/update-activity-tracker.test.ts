import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../electron/platform/outcome-notice.js';
import { createUpdateActivityTracker } from '../../../electron/platform/update-activity-tracker.js';
import { downloading, finished, viewWith } from './ota-views.js';

function setup(options: { focused?: boolean; activeUpdates?: number } = {}) {
  const calls: string[] = [];
  const notices: Notice[] = [];
  let focused = options.focused ?? false;
  const tracker = createUpdateActivityTracker({
    activeUpdates: () => options.activeUpdates ?? 0,
    hooks: {
      powerSave: { start: () => calls.push('power:start'), stop: () => calls.push('power:stop') },
      progress: {
        set: (fraction) => calls.push(`progress:${fraction}`),
        clear: () => calls.push('progress:-1'),
      },
      notifier: { isWindowFocused: () => focused, notify: (notice) => notices.push(notice) },
    },
  });
  const setFocused = (value: boolean) => {
    focused = value;
  };
  return { tracker, calls, notices, setFocused };
}

describe('createUpdateActivityTracker', () => {
  it('holds the power-save blocker once per busy stretch and releases it once', () => {
    const { tracker, calls } = setup();
    tracker.onEvent('ota:state-changed', viewWith({ name: 'checking' }, 0));
    tracker.onEvent('ota:state-changed', downloading(40));
    tracker.onEvent('ota:state-changed', downloading(80));
    tracker.onEvent('ota:state-changed', finished('updated'));
    tracker.onEvent('ota:state-changed', finished('updated')); // repeated: ignored
    expect(calls.filter((call) => call.startsWith('power'))).toEqual(['power:start', 'power:stop']);
  });

  it('shows progress while running and removes the bar (-1) when finished', () => {
    const { tracker, calls } = setup();
    tracker.onEvent('ota:state-changed', downloading(25));
    tracker.onEvent('ota:state-changed', downloading(50));
    tracker.onEvent('ota:state-changed', finished('failed'));
    expect(calls.filter((call) => call.startsWith('progress'))).toEqual([
      'progress:0.25',
      'progress:0.5',
      'progress:-1',
    ]);
  });

  it('averages progress over two outlets and keeps holding until both finish', () => {
    const { tracker, calls } = setup();
    tracker.onEvent('ota:state-changed', downloading(20, { deviceId: 'A', runId: 'a' }));
    tracker.onEvent('ota:state-changed', downloading(60, { deviceId: 'B', runId: 'b' }));
    tracker.onEvent('ota:state-changed', finished('updated', { deviceId: 'A', runId: 'a' }));
    expect(calls).toEqual(['power:start', 'progress:0.2', 'progress:0.4', 'progress:0.6']);
    tracker.onEvent('ota:state-changed', finished('updated', { deviceId: 'B', runId: 'b' }));
    expect(calls.slice(-2)).toEqual(['power:stop', 'progress:-1']);
  });

  it('ignores late events for a finished run', () => {
    const { tracker, calls } = setup();
    tracker.onEvent('ota:state-changed', downloading(10));
    tracker.onEvent('ota:state-changed', finished('updated'));
    const before = calls.length;
    tracker.onEvent('ota:state-changed', downloading(99)); // same runId, arrived late
    expect(calls.length).toBe(before);
    expect(tracker.isUpdating()).toBe(false);
  });

  it('notifies the outcome only when the window is not focused, once per run', () => {
    const focused = setup({ focused: true });
    focused.tracker.onEvent('ota:state-changed', downloading(10));
    focused.tracker.onEvent('ota:state-changed', finished('updated'));
    expect(focused.notices).toEqual([]);

    const away = setup({ focused: false });
    away.tracker.onEvent('ota:state-changed', downloading(10));
    away.tracker.onEvent('ota:state-changed', finished('updated'));
    away.tracker.onEvent('ota:state-changed', finished('updated'));
    expect(away.notices).toHaveLength(1);
    expect(away.notices[0]?.title).toBe('Outlet updated');
    expect(away.notices[0]?.body).toMatch(/^Updated: the outlet now runs 1\.1\.0/);
  });

  it('words a failed or unknown ending truthfully', () => {
    const { tracker, notices } = setup();
    tracker.onEvent('ota:state-changed', finished('failed', { runId: 'r1' }));
    tracker.onEvent('ota:state-changed', finished('unreachable', { runId: 'r2' }));
    expect(notices.map((notice) => notice.title)).toEqual([
      'Outlet not updated',
      'Outlet update: result unknown',
    ]);
  });

  it('needs a quit confirmation only while an update runs', () => {
    const { tracker } = setup();
    expect(tracker.isUpdating()).toBe(false);
    tracker.onEvent('ota:state-changed', downloading(10));
    expect(tracker.isUpdating()).toBe(true);
    tracker.onEvent('ota:state-changed', finished('updated'));
    expect(tracker.isUpdating()).toBe(false);
    // The service's own count is a second opinion (e.g. an event not yet delivered).
    expect(setup({ activeUpdates: 1 }).tracker.isUpdating()).toBe(true);
  });

  it('keeps the computer awake while site devices run, with their mean progress', () => {
    const { tracker, calls } = setup();
    const progress = (deviceId: string, fraction: number) =>
      tracker.onEvent('site:job-changed', {
        jobId: 'job',
        seq: 3,
        event: {
          type: 'progress',
          progress: { deviceId, target: 'outlet', fraction, status: '', at: 0 },
        },
      });
    progress('d1', 0.2);
    progress('d2', 0.6);
    expect(tracker.isUpdating()).toBe(true);
    tracker.onEvent('site:job-changed', {
      jobId: 'job',
      seq: 4,
      event: {
        type: 'record',
        persisted: true,
        record: {
          type: 'device-finished',
          at: 1,
          deviceId: 'd1',
          result: 'updated',
          reason: null,
          after: null,
        },
      },
    });
    expect(calls).toEqual(['power:start', 'progress:0.2', 'progress:0.4', 'progress:0.6']);
    tracker.onEvent('site:job-changed', {
      jobId: 'job',
      seq: 4,
      event: { type: 'idle', control: 'paused' },
    });
    expect(calls.slice(-2)).toEqual(['power:stop', 'progress:-1']);
    expect(tracker.isUpdating()).toBe(false);
  });

  it('tells an installer who walked away that a site job finished or paused', () => {
    const { tracker, notices, setFocused } = setup({ focused: true });
    const idle = (control: 'finished' | 'paused' | 'cancelling') =>
      tracker.onEvent('site:job-changed', {
        jobId: 'job',
        seq: 9,
        event: { type: 'idle', control },
      });
    idle('finished');
    expect(notices).toEqual([]); // the window is in front: the Site view already shows it
    setFocused(false);
    idle('paused');
    idle('finished');
    idle('cancelling');
    expect(notices.map((notice) => notice.title)).toEqual(['Site job paused', 'Site job finished']);
  });

  it('ignores other events and releases everything on dispose', () => {
    const { tracker, calls } = setup();
    tracker.onEvent('device:link-changed', { deviceId: 'SN1', link: 'down' });
    expect(calls).toEqual([]);
    tracker.onEvent('ota:state-changed', downloading(30));
    tracker.dispose();
    tracker.dispose();
    expect(calls).toEqual(['power:start', 'progress:0.3', 'power:stop', 'progress:-1']);
  });

  it('stays silent after dispose (quitting cancels runs; no notification for those)', () => {
    const { tracker, calls, notices } = setup({ focused: false });
    tracker.onEvent('ota:state-changed', downloading(30));
    tracker.dispose();
    tracker.onEvent('ota:state-changed', finished('unreachable'));
    tracker.onEvent('ota:state-changed', downloading(50, { runId: 'run-2' }));
    expect(notices).toEqual([]);
    expect(calls).toEqual(['power:start', 'progress:0.3', 'power:stop', 'progress:-1']);
    expect(tracker.isUpdating()).toBe(false);
  });

  it('clamps a progress value outside 0..1', () => {
    const { tracker, calls } = setup();
    tracker.onEvent('ota:state-changed', viewWith({ name: 'checking' }, 1.7));
    expect(calls).toContain('progress:1');
  });
});
