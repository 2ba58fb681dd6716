import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readJsonFile, serialQueue, writeJsonFile } from '../../../electron/support/json-file.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'invis-json-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('small JSON files', () => {
  it('writes into a new folder, leaves no temporary file, and reads it back', async () => {
    const file = join(dir, 'nested', 'state.json');
    await writeJsonFile(file, [{ serial: 'A1' }]);
    expect(readFileSync(file, 'utf8')).toBe('[\n  {\n    "serial": "A1"\n  }\n]\n');
    expect(existsSync(`${file}.tmp`)).toBe(false);
    expect(await readJsonFile(file, () => undefined)).toEqual([{ serial: 'A1' }]);
  });

  it('a missing file is undefined; a damaged one is undefined and reported', async () => {
    const damaged: string[] = [];
    expect(await readJsonFile(join(dir, 'none.json'), () => damaged.push('none'))).toBeUndefined();
    writeFileSync(join(dir, 'bad.json'), '{"half":');
    expect(await readJsonFile(join(dir, 'bad.json'), () => damaged.push('bad'))).toBeUndefined();
    expect(damaged).toEqual(['bad']);
  });
});

describe('serialQueue', () => {
  it('runs calls one at a time in call order; a failure does not stop the next', async () => {
    const serially = serialQueue();
    const order: string[] = [];
    let releaseFirst!: () => void;
    const first = serially(async () => {
      order.push('first starts');
      await new Promise<void>((resolve) => (releaseFirst = resolve));
      order.push('first ends');
    });
    const failing = serially(async () => {
      order.push('second');
      throw new Error('disk full');
    });
    const third = serially(async () => {
      order.push('third');
      return 3;
    });
    await Promise.resolve();
    expect(order).toEqual(['first starts']);
    releaseFirst();
    await first;
    await expect(failing).rejects.toThrow('disk full');
    expect(await third).toBe(3);
    expect(order).toEqual(['first starts', 'first ends', 'second', 'third']);
  });
});
