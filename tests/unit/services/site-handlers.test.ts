import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SiteJobView } from '../../../shared/ipc/site-contract.js';
import type { Result } from '../../../shared/result.js';
import { createSiteHandlers } from '../../../electron/services/site-handlers.js';
import { systemClock } from '../../../electron/support/clock.js';
import { devices, refusingConnector, siteHarness, type SiteHarness } from './site-harness.js';

/** Another handlers instance on the same data folder (as after an app restart). */
function handlersOn(dataDir: string, files: SiteHarness['files']) {
  return createSiteHandlers({
    dataDir,
    clock: systemClock,
    log: { info: () => undefined, warn: () => undefined },
    emit: () => undefined,
    files,
    connector: refusingConnector,
  });
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

let h: SiteHarness;
beforeEach(async () => {
  h = await siteHarness('battery');
});
afterEach(async () => {
  await h.close();
});

async function created(count: number, critical: number[] = []): Promise<SiteJobView> {
  const { handlers } = h.site;
  return value(
    await handlers['site:create-job']({
      site: 'Hotel Astoria',
      technician: 'Ada',
      concurrency: 1,
      devices: devices(count, critical),
    }),
  );
}

describe('site handlers (real SiteService, journals in a temp folder)', () => {
  it('creates a journaled job, lists it, and shows the same view on get', async () => {
    const view = await created(2);
    expect(view.state).toMatchObject({
      site: 'Hotel Astoria',
      control: 'idle',
      order: ['d1', 'd2'],
    });
    expect(view.seq).toBe(0);
    expect(view.journalPath).toBe(join(h.dataDir, 'site-jobs', `${view.state.jobId}.jsonl`));
    const listed = value(await h.site.handlers['site:list-jobs']());
    expect(listed.map((job) => job.jobId)).toEqual([view.state.jobId]);
    const got = value(await h.site.handlers['site:get-job']({ jobId: view.state.jobId }));
    expect(got).toEqual(view);
  });

  it('runs pre-flight: every device read, journaled, with the power source', async () => {
    const { state } = await created(2);
    const summary = value(await h.site.handlers['site:preflight']({ jobId: state.jobId }));
    expect(summary).toMatchObject({ reachable: 0, toUpdate: 2, power: 'battery' });
    expect(summary.rows.map((row) => row.check.reachable)).toEqual([false, false]);
    const checks = h.events.filter(
      (event) => event.event.type === 'record' && event.event.record.type === 'device-checked',
    );
    expect(checks).toHaveLength(2);
  });

  it('streams every event of an open job with its jobId and a rising seq', async () => {
    const { state } = await created(4);
    const jobId = state.jobId;
    const idle = h.idle(jobId);
    value(await h.site.handlers['site:start']({ jobId }));
    await idle;
    // Three unreachable devices in a row pause the job (something is wrong on site).
    const paused = value(await h.site.handlers['site:get-job']({ jobId }));
    expect(paused.state).toMatchObject({ control: 'paused', pauseReason: 'failures' });
    const records = h.events.filter((event) => event.event.type === 'record');
    expect(records.every((event) => event.jobId === jobId)).toBe(true);
    expect(records.map((event) => event.seq)).toEqual(records.map((_, index) => index + 1));
    expect(paused.seq).toBe(records.length);

    const finished = h.idle(jobId);
    value(await h.site.handlers['site:resume']({ jobId }));
    await finished;
    const done = value(await h.site.handlers['site:get-job']({ jobId }));
    expect(done.state.control).toBe('finished');
    expect(done.state.order.map((id) => done.state.devices[id]?.result)).toEqual([
      'unreachable',
      'unreachable',
      'unreachable',
      'unreachable',
    ]);
  });

  it('confirms a critical device, sets the concurrency, and retries failed devices', async () => {
    const { state } = await created(1, [0]);
    const jobId = state.jobId;
    const confirmed = value(
      await h.site.handlers['site:confirm-critical']({ jobId, deviceId: 'd1' }),
    );
    expect(confirmed.devices.d1?.confirmed).toBe(true);
    const faster = value(await h.site.handlers['site:set-concurrency']({ jobId, concurrency: 4 }));
    expect(faster.concurrency).toBe(4);
    const unknown = await h.site.handlers['site:confirm-critical']({ jobId, deviceId: 'd9' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'internal' } });

    let idle = h.idle(jobId);
    value(await h.site.handlers['site:start']({ jobId }));
    await idle;
    idle = h.idle(jobId);
    const retried = value(await h.site.handlers['site:retry-failed']({ jobId }));
    expect(retried.control).toBe('running');
    await idle;
    const again = value(await h.site.handlers['site:get-job']({ jobId })).state.devices.d1;
    expect(again?.steps).toEqual([]); // unreachable twice: nothing was ever sent
    expect(again?.result).toBe('unreachable');
  });

  it('cancels: nothing more starts and the job finishes', async () => {
    const { state } = await created(2);
    const jobId = state.jobId;
    const cancelled = value(await h.site.handlers['site:cancel']({ jobId }));
    expect(cancelled.control).toBe('cancelling');
    await expect
      .poll(async () => value(await h.site.handlers['site:get-job']({ jobId })).state.control)
      .toBe('finished');
  });

  it('exports CSV and PDF where the dialog says, and null when it is cancelled', async () => {
    const { state } = await created(2);
    const jobId = state.jobId;
    h.fake.answer = join(h.dataDir, 'out.csv');
    expect(value(await h.site.handlers['site:export-report']({ jobId, format: 'csv' }))).toEqual({
      path: h.fake.answer,
    });
    const csv = await readFile(h.fake.answer, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^label,address,serial/);
    expect(csv).toContain('site,Hotel Astoria\r\n');
    h.fake.answer = join(h.dataDir, 'out.pdf');
    value(await h.site.handlers['site:export-report']({ jobId, format: 'pdf' }));
    expect(await readFile(h.fake.answer, 'utf8')).toMatch(/^PDF of \d+ chars$/);
    expect(h.saves.map((save) => save.defaultName)).toEqual([
      expect.stringMatching(/^hotel-astoria-report-\d{4}-\d\d-\d\d\.csv$/),
      expect.stringMatching(/^hotel-astoria-report-\d{4}-\d\d-\d\d\.pdf$/),
    ]);
    h.fake.answer = null;
    expect(await h.site.handlers['site:export-report']({ jobId, format: 'csv' })).toEqual({
      ok: true,
      value: null,
    });
  });

  it('turns a disk problem and a failed PDF render into clear error values', async () => {
    const { state } = await created(1);
    const jobId = state.jobId;
    h.fake.answer = join(h.dataDir, 'no-such-folder', 'report.csv');
    const disk = await h.site.handlers['site:export-report']({ jobId, format: 'csv' });
    expect(disk).toMatchObject({ ok: false, error: { code: 'disk', retryable: true } });
    expect(!disk.ok && disk.error.message).toContain(h.fake.answer);
    h.fake.answer = join(h.dataDir, 'report.pdf');
    h.fake.renderPdf = async () => Promise.reject(new Error('GPU lost'));
    const pdf = await h.site.handlers['site:export-report']({ jobId, format: 'pdf' });
    expect(pdf).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!pdf.ok && pdf.error.message).toContain('GPU lost');
  });

  it('cannot create a job in a data folder that is a file: a disk error, not a throw', async () => {
    const file = join(h.dataDir, 'not-a-folder');
    await writeFile(file, 'x');
    const broken = handlersOn(file, h.files);
    const result = await broken.handlers['site:create-job']({
      site: 'X',
      technician: '',
      devices: devices(1),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'disk' } });
    await broken.dispose();
  });

  it('refuses a bad host, an unknown job, and a subnet too large to scan', async () => {
    const bad = await h.site.handlers['site:create-job']({
      site: 'X',
      technician: '',
      devices: [
        {
          label: 'Odd',
          address: { host: 'http://x/', tcpPort: null, wsPort: null },
          critical: false,
        },
      ],
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-address' } });
    expect(await h.site.handlers['site:get-job']({ jobId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'bad-argument' },
    });
    expect(await h.site.handlers['site:open-job']({ jobId: 'nope' })).toMatchObject({ ok: false });
    expect(await h.site.handlers['site:scan']({ subnet: '10.0.0.0/8' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-address' },
    });
  });

  it('opens a job once even when asked twice at the same time', async () => {
    const { state } = await created(1);
    await h.site.dispose();
    const again = handlersOn(h.dataDir, h.files);
    const [first, second] = await Promise.all([
      again.handlers['site:open-job']({ jobId: state.jobId }),
      again.handlers['site:open-job']({ jobId: state.jobId }),
    ]);
    expect(value(first)).toEqual(value(second));
    value(await again.handlers['site:set-concurrency']({ jobId: state.jobId, concurrency: 2 }));
    await again.dispose();
    const third = handlersOn(h.dataDir, h.files);
    const reread = value(await third.handlers['site:open-job']({ jobId: state.jobId }));
    expect(reread.state.concurrency).toBe(2);
    expect(reread.warnings).toEqual([]);
    await third.dispose();
  });

  it('closes journals on dispose; a new instance reopens the job from its journal', async () => {
    const { state } = await created(2);
    const jobId = state.jobId;
    value(await h.site.handlers['site:confirm-critical']({ jobId, deviceId: 'd2' }));
    expect(h.site.activeUpdates()).toBe(0);
    await h.site.dispose();
    expect(await h.site.handlers['site:get-job']({ jobId })).toMatchObject({ ok: false });
    const again = handlersOn(h.dataDir, h.files);
    const reopened = value(await again.handlers['site:open-job']({ jobId }));
    expect(reopened.state.devices.d2?.confirmed).toBe(true);
    expect(reopened.warnings).toEqual([]);
    // Exporting a job that is not open reads it from its journal.
    await again.dispose();
    const third = handlersOn(h.dataDir, h.files);
    h.fake.answer = join(h.dataDir, 'closed.csv');
    expect(await third.handlers['site:export-report']({ jobId, format: 'csv' })).toMatchObject({
      ok: true,
    });
    await third.dispose();
  });
});
