import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecentDevicesStore } from '../../../electron/services/recent-devices.js';

let dir: string;
let file: string;
const lines: string[] = [];
const log = {
  info: () => undefined,
  warn: (message: string) => void lines.push(message),
};
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'invis-recent-'));
  file = join(dir, 'recent-devices.json');
  lines.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const at = (minute: number) => new Date(Date.UTC(2026, 11, 4, 10, minute));

describe('recent devices', () => {
  it('newest first, one entry per outlet and per address, across a new store', async () => {
    const store = createRecentDevicesStore(file, log);
    await store.remember({ host: '192.168.1.20', serial: 'A1' }, at(1));
    await store.remember({ host: '192.168.1.21', serial: 'B2' }, at(2));
    await store.remember({ host: '192.168.1.30', serial: 'A1' }, at(3)); // A1 moved (DHCP)

    const listed = await createRecentDevicesStore(file, log).list();
    expect(listed).toEqual([
      { host: '192.168.1.30', serial: 'A1', lastSeen: at(3).toISOString() },
      { host: '192.168.1.21', serial: 'B2', lastSeen: at(2).toISOString() },
    ]);
  });

  it('keeps the ten most recent', async () => {
    const store = createRecentDevicesStore(file, log);
    for (let index = 0; index < 12; index += 1) {
      await store.remember({ host: `10.0.0.${index}`, serial: `S${index}` }, at(index));
    }
    const listed = await store.list();
    expect(listed).toHaveLength(10);
    expect(listed[0]?.serial).toBe('S11');
    expect(listed.at(-1)?.serial).toBe('S2');
  });

  it('a damaged file is logged and starts a new list; a file that cannot be written is logged', async () => {
    writeFileSync(file, '[{"host": ');
    const store = createRecentDevicesStore(file, log);
    expect(await store.list()).toEqual([]);
    expect(lines).toEqual(['recent devices file is damaged; starting a new list']);

    writeFileSync(join(dir, 'a-file'), '');
    const unwritable = createRecentDevicesStore(join(dir, 'a-file', 'recent.json'), log);
    await expect(unwritable.remember({ host: 'h', serial: 'S' }, at(0))).resolves.toBeUndefined();
    expect(lines.at(-1)).toBe('could not remember the device');
  });
});
