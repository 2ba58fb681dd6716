import { describe, expect, it } from 'vitest';
import { SiteJob } from '../../../electron/site/site-job.js';
import { JobJournal } from '../../../electron/site/job-journal.js';
import { silentLogger } from '../../../electron/support/logger.js';
import { replay } from '../../../shared/site/apply-record.js';
import { readJournalText } from '../../../shared/site/journal-text.js';
import { drain, siteJobHarness } from './site-job-harness.js';

describe('SiteJob', () => {
  it('starts devices in list order, never more than the concurrency cap', async () => {
    const h = await siteJobHarness(5, 2);
    await h.job.start();
    await drain();
    expect(h.running()).toEqual(['d1', 'd2']);
    await h.release('d2', 'updated');
    expect(h.running()).toEqual(['d1', 'd3']);
    for (const id of ['d1', 'd3']) await h.release(id, 'updated');
    for (const id of ['d4', 'd5']) await h.release(id, 'already-current');
    const final = await h.job.whenIdle();
    expect(final.control).toBe('finished');
    expect(h.started).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
    expect(h.events.filter((event) => event.type === 'idle')).toEqual([
      { type: 'idle', control: 'finished' },
    ]);
  });

  it('pause lets running devices finish and starts nothing new; resume carries on', async () => {
    const h = await siteJobHarness(4, 2);
    await h.job.start();
    await drain();
    await h.job.pause();
    await h.release('d1', 'updated');
    expect(h.running()).toEqual(['d2']);
    const idle = h.job.whenIdle();
    await h.release('d2', 'updated');
    expect((await idle).control).toBe('paused');
    await h.job.resume();
    await drain();
    expect(h.running()).toEqual(['d3', 'd4']);
  });

  it('cancel lets running devices finish, then ends the job with the rest not run', async () => {
    const h = await siteJobHarness(4, 2);
    await h.job.start();
    await drain();
    await h.job.cancel();
    expect(h.job.state.control).toBe('cancelling');
    await h.release('d1', 'updated');
    expect(h.running()).toEqual(['d2']);
    await h.release('d2', 'failed');
    const final = await h.job.whenIdle();
    expect(final.control).toBe('finished');
    expect(['d1', 'd2', 'd3', 'd4'].map((id) => final.devices[id]?.result)).toEqual([
      'updated',
      'failed',
      'not-run',
      'not-run',
    ]);
  });

  it('pauses itself after three failures in a row; resume goes on with the next device', async () => {
    const h = await siteJobHarness(5, 1);
    await h.job.start();
    await drain();
    await h.release('d1', 'failed');
    await h.release('d2', 'unreachable');
    await h.release('d3', 'failed');
    const idle = await h.job.whenIdle();
    expect(idle).toMatchObject({ control: 'paused', pauseReason: 'failures' });
    expect(h.running()).toEqual([]);
    const journal = readJournalText(h.fs.text(h.path)).records;
    expect(journal.at(-1)).toMatchObject({ type: 'job-paused', reason: 'failures' });
    expect(replay(journal)).toMatchObject({ control: 'paused', pauseReason: 'failures' });
    await h.job.resume();
    await drain();
    expect(h.running()).toEqual(['d4']);
  });

  it('retry failed only runs the failed and unreachable devices again', async () => {
    const h = await siteJobHarness(4, 4);
    await h.job.start();
    await drain();
    await h.release('d1', 'updated');
    await h.release('d2', 'failed');
    await h.release('d3', 'already-current');
    await h.release('d4', 'unreachable');
    expect((await h.job.whenIdle()).control).toBe('finished');
    await h.job.retryFailed();
    await drain();
    expect(h.running()).toEqual(['d2', 'd4']);
    await h.release('d2', 'updated');
    await h.release('d4', 'updated');
    const final = await h.job.whenIdle();
    expect(final.control).toBe('finished');
    expect(Object.values(final.devices).map((device) => device.result)).toEqual([
      'updated',
      'updated',
      'already-current',
      'updated',
    ]);
  });

  it('disk full: the step is not started, the job pauses, nothing recorded is lost, resume continues', async () => {
    const h = await siteJobHarness(3, 2);
    await h.job.start();
    await drain();
    h.fs.failWrites('ENOSPC', { partial: 7 });
    await h.release('d1', 'step-then-updated');
    expect(h.job.state).toMatchObject({ control: 'paused', pauseReason: 'disk' });
    expect(h.job.state.devices.d1?.status).toBe('queued');
    expect(
      h.events.some((event) => event.type === 'problem' && event.problem.code === 'disk-full'),
    ).toBe(true);
    await h.release('d2', 'updated');
    expect(h.job.state.devices.d2?.result).toBe('updated');
    expect((await h.job.whenIdle()).control).toBe('paused');
    expect(await h.job.resume()).toMatchObject({ ok: false, error: { code: 'disk-full' } });
    h.fs.heal();
    expect(await h.job.resume()).toMatchObject({ ok: true });
    await drain();
    expect(h.running()).toEqual(['d1', 'd3']);
    await h.release('d1', 'step-then-updated');
    await h.release('d3', 'updated');
    const final = await h.job.whenIdle();
    const replayed = replay(readJournalText(h.fs.text(h.path)).records);
    expect(replayed?.devices).toEqual(final.devices);
    expect(readJournalText(h.fs.text(h.path))).toMatchObject({ tornTail: false, skipped: [] });
  });

  it('after a crash, a device that was mid-update is handed to its work first, with its step', async () => {
    const h = await siteJobHarness(3, 1);
    await h.job.start();
    await drain();
    const step = {
      type: 'step-started',
      at: 5,
      deviceId: 'd1',
      target: 'outlet',
      serial: 'SN-d1',
      from: { outlet: '1.4.0', web: null, deco: null },
    };
    // The "crash": the journal ends with a started step and nothing after it.
    await h.job.close();
    h.fs.files.set(h.path, Buffer.from(`${h.fs.text(h.path)}${JSON.stringify(step)}\n`));
    const opened = await JobJournal.open(h.fs, h.path);
    if (!opened.ok) throw new Error('open failed');
    const state = replay(opened.value.read.records);
    if (!state) throw new Error('no state');
    const again = new SiteJob(state, {
      journal: opened.value.journal,
      work: h.work,
      clock: h.clock,
      log: silentLogger,
    });
    await again.start();
    await drain();
    expect(h.seen.at(-1)?.spec.id).toBe('d1');
    expect(h.seen.at(-1)?.activeStep).toMatchObject({ target: 'outlet', serial: 'SN-d1' });
    const types = readJournalText(h.fs.text(h.path)).records.map((record) => record.type);
    expect(types.filter((type) => type === 'device-started')).toHaveLength(1);
    expect(types.at(-1)).toBe('job-resumed');
  });

  it('a confirmation must name a device of the job', async () => {
    const h = await siteJobHarness(1, 1);
    expect(await h.job.confirmCritical('d9')).toMatchObject({ ok: false });
    expect(await h.job.confirmCritical('d1')).toMatchObject({ ok: true });
    expect(h.job.state.devices.d1?.confirmed).toBe(true);
  });

  it('renames a device, even after the job ended; the journal replays to the new name', async () => {
    const h = await siteJobHarness(2, 2);
    await h.job.start();
    await drain();
    await h.release('d1', 'updated');
    await h.release('d2', 'updated');
    expect((await h.job.whenIdle()).control).toBe('finished');

    expect(await h.job.renameDevice('d2', '  Kitchen, left of the sink ')).toMatchObject({
      ok: true,
    });
    expect(h.job.state.devices.d2?.spec.label).toBe('Kitchen, left of the sink');
    const journal = readJournalText(h.fs.text(h.path)).records;
    expect(journal.at(-1)).toMatchObject({ type: 'label-changed', deviceId: 'd2' });
    expect(replay(journal)?.devices.d2?.spec.label).toBe('Kitchen, left of the sink');
  });

  it('a rename must name a device of the job and give a label', async () => {
    const h = await siteJobHarness(1, 1);
    const before = h.job.state.devices.d1?.spec.label;
    expect(await h.job.renameDevice('d9', 'Hall')).toMatchObject({ ok: false });
    expect(await h.job.renameDevice('d1', '   ')).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/1 to 200 characters/) },
    });
    expect(await h.job.renameDevice('d1', 'x'.repeat(201))).toMatchObject({ ok: false });
    expect(h.job.state.devices.d1?.spec.label).toBe(before);
  });

  it('corrects the site and technician names; the journal replays to them; a site needs a name', async () => {
    const h = await siteJobHarness(1, 1);
    expect(await h.job.changeDetails(' Hotel Astoria, east wing ', ' Ada L. ')).toMatchObject({
      ok: true,
    });
    expect(h.job.state).toMatchObject({ site: 'Hotel Astoria, east wing', technician: 'Ada L.' });
    const journal = readJournalText(h.fs.text(h.path)).records;
    expect(replay(journal)).toMatchObject({
      site: 'Hotel Astoria, east wing',
      technician: 'Ada L.',
    });

    expect(await h.job.changeDetails('  ', 'Ada')).toMatchObject({ ok: false });
    expect(await h.job.changeDetails('Hotel', 'x'.repeat(201))).toMatchObject({ ok: false });
    expect(h.job.state.site).toBe('Hotel Astoria, east wing');
  });
});
