import { describe, expect, it } from 'vitest';
import { JobJournal } from '../../../electron/site/job-journal.js';
import { JobStore } from '../../../electron/site/job-store.js';
import { journalLine, readJournalText } from '../../../shared/site/journal-text.js';
import type { JournalRecord } from '../../../shared/site/journal-records.js';
import { MemoryFs } from './memory-fs.js';
import { createdRecord } from './site-fixtures.js';

const PATH = '/data/site-jobs/job-1.jsonl';
const started: JournalRecord = { type: 'job-started', at: 2 };
const deviceStarted: JournalRecord = { type: 'device-started', at: 3, deviceId: 'd1' };

describe('journal text', () => {
  it('ignores a torn last line (a crash mid-write) and says where the good part ends', () => {
    const good = journalLine(createdRecord(1)) + journalLine(started);
    const read = readJournalText(`${good}{"type":"device-sta`);
    expect(read.records.map((record) => record.type)).toEqual(['job-created', 'job-started']);
    expect(read).toMatchObject({ tornTail: true, skipped: [], goodLength: good.length });
  });

  it('skips a complete line that is not a record, and reports its number', () => {
    const text = `${journalLine(createdRecord(1))}not json\n{"type":"nonsense","at":1}\n${journalLine(started)}`;
    const read = readJournalText(text);
    expect(read.records).toHaveLength(2);
    expect(read.skipped).toEqual([2, 3]);
    expect(read.tornTail).toBe(false);
  });
});

describe('JobJournal', () => {
  it('appends one line per record and syncs each before resolving', async () => {
    const fs = new MemoryFs();
    const created = await JobJournal.create(fs, PATH, createdRecord(1));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const syncs = fs.syncs;
    expect(await created.value.append(started, true)).toEqual({ ok: true, value: undefined });
    expect(fs.syncs).toBe(syncs + 1);
    expect(readJournalText(fs.text(PATH)).records.map((record) => record.type)).toEqual([
      'job-created',
      'job-started',
    ]);
  });

  it('cuts a torn last line off when reopened, so the next record starts on its own line', async () => {
    const fs = new MemoryFs();
    fs.files.set(PATH, Buffer.from(`${journalLine(createdRecord(1))}{"type":"job-sta`));
    const opened = await JobJournal.open(fs, PATH);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.read.tornTail).toBe(true);
    await opened.value.journal.append(started, true);
    const read = readJournalText(fs.text(PATH));
    expect(read.records.map((record) => record.type)).toEqual(['job-created', 'job-started']);
    expect(read.skipped).toEqual([]);
  });

  it('disk full: a required record is refused and leaves no half line; what was recorded stays', async () => {
    const fs = new MemoryFs();
    const created = await JobJournal.create(fs, PATH, createdRecord(1));
    if (!created.ok) throw new Error('create failed');
    const journal = created.value;
    await journal.append(started, true);
    const before = fs.text(PATH);
    fs.failWrites('ENOSPC', { partial: 10 });
    const refused = await journal.append(deviceStarted, true);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'disk-full',
        message: expect.stringMatching(/disk is full.*paused.*nothing already recorded is lost/),
      },
    });
    expect(fs.text(PATH)).toBe(before);
    expect(journal.hasPending).toBe(false);
  });

  it('disk full: a result record is kept in memory and written first once the disk works', async () => {
    const fs = new MemoryFs();
    const created = await JobJournal.create(fs, PATH, createdRecord(1));
    if (!created.ok) throw new Error('create failed');
    const journal = created.value;
    fs.failWrites('EACCES', { partial: 5 });
    const result: JournalRecord = {
      type: 'device-finished',
      at: 5,
      deviceId: 'd1',
      result: 'updated',
      reason: null,
      after: null,
    };
    expect(await journal.append(result, false)).toMatchObject({
      ok: false,
      error: { code: 'disk-denied' },
    });
    expect(journal.hasPending).toBe(true);
    expect(await journal.flush()).toMatchObject({ ok: false });
    fs.heal();
    expect(await journal.append(started, true)).toMatchObject({ ok: true });
    expect(readJournalText(fs.text(PATH)).records.map((record) => record.type)).toEqual([
      'job-created',
      'device-finished',
      'job-started',
    ]);
  });

  it('the store creates, lists and reopens jobs by id', async () => {
    const fs = new MemoryFs();
    const store = new JobStore('/data', fs, () => Date.UTC(2026, 2, 15, 14, 25, 1));
    const created = await store.create({
      site: 'Astoria',
      technician: 'Ada',
      devices: createdRecord(2).devices,
    });
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value.state.jobId).toMatch(/^20260315-142501-[0-9a-f]{6}$/);
    expect(created.value.state.order).toEqual(['d1', 'd2']);
    const listed = await store.list();
    expect(listed.map((job) => job.site)).toEqual(['Astoria']);
    const reopened = await store.open(created.value.state.jobId);
    expect(reopened.ok && reopened.value.state.devices.d2?.spec.label).toBe('Room 2');
  });

  it('creating a job on a full disk is a clear error', async () => {
    const fs = new MemoryFs();
    fs.failWrites('ENOSPC');
    const created = await new JobStore('/data', fs).create({
      site: 'A',
      technician: 'B',
      devices: [],
    });
    expect(created).toMatchObject({ ok: false, error: { code: 'disk-full' } });
  });
});
