import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUnfinishedUpdatesStore } from '../../../electron/services/unfinished-updates.js';
import type { UnfinishedUpdate } from '../../../shared/ipc/contract.js';
import type { Logger } from '../../../electron/support/logger.js';

function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => void lines.push(message),
    warn: (message) => void lines.push(message),
  };
}

function record(serial: string, overrides: Partial<UnfinishedUpdate> = {}): UnfinishedUpdate {
  return {
    serial,
    address: { host: '192.168.1.40', tcpPort: null, wsPort: null },
    target: 'outlet',
    from: { outlet: '1.2.0', web: null, deco: null },
    startedAt: '2026-12-04T10:00:00.000Z',
    ...overrides,
  };
}

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'invis-unfinished-'));
  file = join(dir, 'unfinished-updates.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the unfinished-updates file', () => {
  it('keeps what was added across a new store (a restart), one record per serial', async () => {
    const store = createUnfinishedUpdatesStore(file, memoryLogger());
    await store.add(record('A1'));
    await store.add(record('B2', { target: 'deco' }));
    await store.add(record('A1', { from: { outlet: '1.3.0', web: null, deco: null } }));

    const reopened = createUnfinishedUpdatesStore(file, memoryLogger());
    const listed = await reopened.list();
    expect(listed.map((entry) => [entry.serial, entry.target, entry.from.outlet])).toEqual([
      ['B2', 'deco', '1.2.0'],
      ['A1', 'outlet', '1.3.0'],
    ]);
  });

  it('removes a record, and the file with the last one', async () => {
    const store = createUnfinishedUpdatesStore(file, memoryLogger());
    await store.add(record('A1'));
    await store.add(record('B2'));
    await store.remove('A1');
    expect((await store.list()).map((entry) => entry.serial)).toEqual(['B2']);
    await store.remove('B2');
    expect(existsSync(file)).toBe(false);
    expect(await store.list()).toEqual([]);
  });

  it('a damaged file is logged and read as empty; a later add starts it again', async () => {
    writeFileSync(file, '[{"serial": "A1", ');
    const log = memoryLogger();
    const store = createUnfinishedUpdatesStore(file, log);
    expect(await store.list()).toEqual([]);
    expect(log.lines.join('\n')).toMatch(/damaged/);
    await store.add(record('C3'));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual([record('C3')]);
  });

  it('drops entries that are not records (hand-edited or from another version), keeps the rest', async () => {
    writeFileSync(
      file,
      JSON.stringify([record('A1'), { serial: 'B2', target: 'toaster' }, 'junk', null]),
    );
    const store = createUnfinishedUpdatesStore(file, memoryLogger());
    expect((await store.list()).map((entry) => entry.serial)).toEqual(['A1']);
  });

  it('a file that cannot be written rejects add, and nothing half-written is left', async () => {
    writeFileSync(join(dir, 'not-a-folder'), '');
    const store = createUnfinishedUpdatesStore(
      join(dir, 'not-a-folder', 'unfinished.json'),
      memoryLogger(),
    );
    await expect(store.add(record('A1'))).rejects.toThrow();
    expect(await store.list()).toEqual([]);
  });
});
