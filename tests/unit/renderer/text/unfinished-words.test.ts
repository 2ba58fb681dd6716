import { describe, expect, it } from 'vitest';
import type { UnfinishedUpdate } from '../../../../shared/ipc/contract.js';
import {
  unfinishedSummary,
  verdictIsFinal,
  verdictTone,
  verdictWords,
} from '../../../../renderer/text/unfinished-words.js';

const outlet: UnfinishedUpdate = {
  serial: 'IO-100234',
  address: { host: '192.168.1.40', tcpPort: null, wsPort: null },
  target: 'outlet',
  from: { outlet: '1.2.0', web: '1.0.0', deco: '2.0.0' },
  startedAt: '2026-12-04T10:00:00.000Z',
};
const deco: UnfinishedUpdate = { ...outlet, target: 'deco' };

describe('words for an interrupted update', () => {
  it('says which update of which outlet was cut short', () => {
    expect(unfinishedSummary(outlet)).toMatch(
      /^The updater did not see how the outlet firmware update of outlet IO-100234 at 192\.168\.1\.40, started on .+, ended\.$/,
    );
    expect(unfinishedSummary(deco)).toMatch(/the faceplate \(InvisDeco\) update/);
    expect(unfinishedSummary({ ...outlet, startedAt: 'not a date' })).toContain('started earlier');
  });

  it('names the version the part runs now, or still runs, for the settled verdicts', () => {
    expect(verdictWords(outlet, { kind: 'moved', toVersion: '1.3.0' })).toBe(
      'The update finished: the outlet now runs 1.3.0.',
    );
    expect(verdictWords(deco, { kind: 'current' })).toBe(
      'Nothing is left to install: the faceplate is up to date.',
    );
    expect(verdictWords(deco, { kind: 'rerun' })).toBe(
      'The update did not take effect: the faceplate still runs 2.0.0. You can update it again.',
    );
    expect(
      verdictWords({ ...outlet, from: { outlet: null, web: null, deco: null } }, { kind: 'rerun' }),
    ).toContain('still runs its old version');
  });

  it('says what to do when the check could not settle it', () => {
    expect(verdictWords(outlet, { kind: 'unreachable' })).toMatch(/did not answer.*Check again/);
    expect(verdictWords(outlet, { kind: 'still-busy' })).toMatch(/still busy.*Check again/);
    expect(verdictWords(outlet, { kind: 'wrong-device', serial: 'IO-999' })).toMatch(
      /A different outlet \(serial IO-999\) answers at 192\.168\.1\.40/,
    );
  });

  it('good news is calm, anything to act on is a warning; only three verdicts are final', () => {
    expect(verdictTone({ kind: 'moved', toVersion: '1.3.0' })).toBe('info');
    expect(verdictTone({ kind: 'current' })).toBe('info');
    expect(verdictTone({ kind: 'rerun' })).toBe('warning');
    expect(verdictTone({ kind: 'unreachable' })).toBe('warning');
    expect(verdictIsFinal({ kind: 'rerun' })).toBe(true);
    expect(verdictIsFinal({ kind: 'still-busy' })).toBe(false);
    expect(verdictIsFinal({ kind: 'wrong-device', serial: 'x' })).toBe(false);
  });
});
