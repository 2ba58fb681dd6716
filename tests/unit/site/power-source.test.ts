import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linuxPowerSource } from '../../../electron/site/power-source.js';

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

async function sysfs(supplies: Record<string, Record<string, string>>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'power-'));
  roots.push(root);
  for (const [name, files] of Object.entries(supplies)) {
    await mkdir(join(root, name));
    for (const [file, value] of Object.entries(files))
      await writeFile(join(root, name, file), `${value}\n`);
  }
  return root;
}

describe('linuxPowerSource', () => {
  it('plugged in: a mains supply online', async () => {
    const root = await sysfs({
      AC: { type: 'Mains', online: '1' },
      BAT0: { type: 'Battery', status: 'Charging' },
    });
    expect(await linuxPowerSource(root).read()).toBe('ac');
  });

  it('on battery: the battery discharging, or mains offline with a battery present', async () => {
    const discharging = await sysfs({ BAT0: { type: 'Battery', status: 'Discharging' } });
    expect(await linuxPowerSource(discharging).read()).toBe('battery');
    const unplugged = await sysfs({
      AC: { type: 'Mains', online: '0' },
      BAT0: { type: 'Battery', status: 'Full' },
    });
    expect(await linuxPowerSource(unplugged).read()).toBe('battery');
  });

  it('unknown without supplies or without the folder', async () => {
    expect(await linuxPowerSource(await sysfs({})).read()).toBe('unknown');
    expect(await linuxPowerSource('/nonexistent/power_supply').read()).toBe('unknown');
  });
});
