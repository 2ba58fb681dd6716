import { describe, expect, it } from 'vitest';
import {
  announcement,
  fallbackNote,
  methodLabel,
  milestoneOf,
  percentOf,
  phaseWords,
  restartCountdown,
} from '../../../../renderer/text/update-words.js';
import {
  at,
  decoFallingBack,
  decoWifiFailed,
  outletAwaitingRestart,
  outletDownloading,
  outletRebooting,
  otaView,
} from '../fixtures.js';

describe('update words', () => {
  it('turns overall progress into a whole percent', () => {
    expect(percentOf(otaView(outletDownloading(50)))).toBe(
      Math.round(otaView(outletDownloading(50)).progress * 100),
    );
    expect(percentOf({ ...otaView(outletDownloading(0)), progress: 1.2 })).toBe(100);
    expect(percentOf({ ...otaView(outletDownloading(0)), progress: -1 })).toBe(0);
  });

  it('drops the running percent from the phase words', () => {
    const view = otaView(outletDownloading(37));
    expect(view.status).toBe('Updating the outlet firmware: 37%');
    expect(phaseWords(view)).toBe('Updating the outlet firmware');
  });

  it('announces only phase changes and 25 % marks, not every push', () => {
    const texts = [30, 31, 35, 40, 44].map((percent) =>
      announcement({ ...otaView(outletDownloading(percent)), progress: percent / 100 }),
    );
    expect(new Set(texts).size).toBe(1);
    expect(texts[0]).toBe('Updating the outlet firmware. 25% done.');
    const next = announcement({ ...otaView(outletDownloading(50)), progress: 0.5 });
    expect(next).toBe('Updating the outlet firmware. 50% done.');
    expect(milestoneOf({ ...otaView(outletDownloading(99)), progress: 0.99 })).toBe(75);
  });

  it('counts down to the restart deadline while the outlet restarts', () => {
    const rebooting = otaView(outletRebooting(), { at: at(30) });
    // The reboot deadline is 180 s after the success result at 30 s.
    expect(restartCountdown(rebooting, at(60))).toEqual({ remainingMs: 150_000 });
    expect(restartCountdown(rebooting, at(400))).toEqual({ remainingMs: 0 });
    const awaiting = otaView(outletAwaitingRestart(), { at: at(1) });
    expect(restartCountdown(awaiting, at(1))).toEqual({ remainingMs: 180_000 });
  });

  it('never counts down from more than the deadline, whatever the local clock says', () => {
    const rebooting = otaView(outletRebooting(), { at: at(30) });
    expect(restartCountdown(rebooting, at(-500))).toEqual({ remainingMs: 180_000 });
  });

  it('has no countdown while downloading', () => {
    expect(restartCountdown(otaView(outletDownloading(10)), at(5))).toBeNull();
  });

  it('names the method for the faceplate only', () => {
    expect(methodLabel(outletDownloading(10))).toBeNull();
    expect(methodLabel(decoWifiFailed())).toMatch(/Wi-Fi/);
    expect(methodLabel(decoFallingBack())).toMatch(/Via InvisOutlet/);
  });

  it('says it is now trying via InvisOutlet after the Wi-Fi attempt failed', () => {
    const note = fallbackNote(decoFallingBack());
    expect(note).toMatch(/^Updating over Wi-Fi did not work\./);
    expect(note).toMatch(/stopped reporting progress/);
    expect(note).toMatch(/Now trying via InvisOutlet instead\.$/);
  });

  it('says nothing about a fallback when there was none, or when the run ended', () => {
    expect(fallbackNote(outletDownloading(10))).toBeNull();
    expect(fallbackNote(decoWifiFailed())).toBeNull();
  });
});
