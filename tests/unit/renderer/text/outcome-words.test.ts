import { describe, expect, it } from 'vitest';
import type { OtaOutcome } from '../../../../shared/model/ota.js';
import {
  attemptWords,
  outcomeHeading,
  outcomeParagraph,
  versionAfter,
} from '../../../../renderer/text/outcome-words.js';
import { decoAlreadyCurrent, decoWifiFailed, outletNotBack, outletUpdated } from '../fixtures.js';
import type { OtaRun } from '../../../../shared/ota/types.js';

function outcomeOf(run: OtaRun): OtaOutcome {
  if (run.state.name !== 'finished') throw new Error(`run is ${run.state.name}`);
  return run.state.outcome;
}

describe('outcome words', () => {
  it('gives each outcome a heading that claims no more than it knows', () => {
    expect(outcomeHeading(outcomeOf(outletUpdated()))).toBe('Updated');
    expect(outcomeHeading(outcomeOf(decoAlreadyCurrent()))).toBe('Already up to date');
    expect(outcomeHeading(outcomeOf(decoWifiFailed()))).toBe('Not updated');
    expect(outcomeHeading(outcomeOf(outletNotBack()))).toBe('Result unknown — check the device');
  });

  it('uses the shared outcome paragraph', () => {
    expect(outcomeParagraph(outcomeOf(outletUpdated()))).toMatch(
      /^Updated: the outlet now runs 1\.1\.0 \(was 1\.0\.0\), confirmed/,
    );
  });

  it('reports the version now running for each outcome', () => {
    expect(versionAfter(outcomeOf(outletUpdated()))).toBe('1.1.0');
    expect(versionAfter(outcomeOf(decoAlreadyCurrent()))).toBe('0.5.0');
    expect(versionAfter(outcomeOf(decoWifiFailed()))).toBe('0.5.0');
    expect(versionAfter(outcomeOf(outletNotBack()))).toMatch(/Unknown/);
  });

  it('words each attempt with its method and reason', () => {
    const [attempt] = outcomeOf(decoWifiFailed()).attempts;
    expect(attemptWords(attempt)).toBe(
      'Via Wi-Fi: not updated — The faceplate reported that the update failed.',
    );
    const [outlet] = outcomeOf(outletUpdated()).attempts;
    expect(attemptWords(outlet)).toBe('Direct to the outlet: updated');
  });
});
