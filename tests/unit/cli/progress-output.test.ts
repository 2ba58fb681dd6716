import { describe, expect, it } from 'vitest';
import { jsonOutput, plainOutput, ttyOutput } from '../../../electron/cli/progress-output.js';
import type { OtaSnapshot } from '../../../electron/ota/ota-runner.js';
import { initialRun, transition } from '../../../shared/ota/transition.js';
import { availableUpdates, deviceInfo } from '../../fakes/device-fixtures.js';
import { TIMEOUTS } from '../ota/machine-driver.js';

function downloading(percent: number): OtaSnapshot {
  const first = initialRun('outlet', 'auto', TIMEOUTS).run;
  const checked = transition(first, {
    type: 'checked',
    at: 1,
    info: deviceInfo(),
    updates: availableUpdates(),
  }).run;
  const run = transition(checked, { type: 'progress', at: 2, deviceType: 1, percent }).run;
  return { at: 2, run, progress: 0.5, status: `Updating the outlet firmware: ${percent}%` };
}

function collect() {
  const chunks: string[] = [];
  return { chunks, write: (text: string) => void chunks.push(text) };
}

describe('CLI progress output', () => {
  it('redraws one TTY line with a bar, the percent, the phase and the elapsed time', () => {
    const out = collect();
    let now = 0;
    const tty = ttyOutput(out.write, () => now);
    now = 65_000;
    tty.progress(downloading(40));
    tty.progress(downloading(50));
    expect(out.chunks[0]).toBe(
      `[${'#'.repeat(15)}${'-'.repeat(15)}]  50%  Updating the outlet firmware: 40%  1:05`,
    );
    expect(out.chunks[1]).toBe('\r\x1b[2K');
    expect(out.chunks[2]).toContain('Updating the outlet firmware: 50%');
  });

  it('prints a plain line only when the words change, never carriage returns', () => {
    const out = collect();
    const plain = plainOutput(out.write);
    plain.progress(downloading(40));
    plain.progress(downloading(40));
    plain.progress(downloading(50));
    expect(out.chunks).toEqual([
      'Updating the outlet firmware: 40%\n',
      'Updating the outlet firmware: 50%\n',
    ]);
  });

  it('writes one JSON object per line', () => {
    const out = collect();
    jsonOutput(out.write).progress(downloading(40));
    expect(out.chunks).toHaveLength(1);
    expect(JSON.parse(out.chunks[0]!)).toMatchObject({
      type: 'state',
      state: 'downloading',
      phase: 'firmware',
      percent: 40,
    });
  });
});
