import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { RecentDevice } from '../../shared/ipc/contract.js';
import type { Logger } from '../support/logger.js';

const MAX_RECENT = 10;

export interface RecentDevicesStore {
  list(): Promise<readonly RecentDevice[]>;
  remember(device: { host: string; serial: string }, at: Date): Promise<void>;
}

function isRecentDevice(value: unknown): value is RecentDevice {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.host === 'string' &&
    typeof record.serial === 'string' &&
    typeof record.lastSeen === 'string'
  );
}

/**
 * Recent devices in a small JSON file. Written to a temporary file and renamed, so a crash
 * mid-write never leaves half a file; a damaged file is logged and treated as empty.
 */
export function createRecentDevicesStore(filePath: string, log: Logger): RecentDevicesStore {
  let writes: Promise<void> = Promise.resolve();

  async function read(): Promise<RecentDevice[]> {
    let text: string;
    try {
      text = await readFile(filePath, 'utf8');
    } catch {
      return [];
    }
    try {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? parsed.filter(isRecentDevice) : [];
    } catch {
      log.warn(`recent devices file is damaged; starting a new list`, { filePath });
      return [];
    }
  }

  async function write(devices: readonly RecentDevice[]): Promise<void> {
    await mkdir(dirname(filePath), { recursive: true });
    const temporary = `${filePath}.tmp`;
    await writeFile(temporary, `${JSON.stringify(devices, null, 2)}\n`, 'utf8');
    await rename(temporary, filePath);
  }

  return {
    list: read,
    remember(device, at) {
      // Serialised so two quick connects cannot interleave read-modify-write.
      writes = writes.then(async () => {
        const others = (await read()).filter(
          (entry) => entry.serial !== device.serial && entry.host !== device.host,
        );
        const next = [{ ...device, lastSeen: at.toISOString() }, ...others].slice(0, MAX_RECENT);
        await write(next).catch((error: unknown) => {
          log.warn('could not remember the device', { message: String(error) });
        });
      });
      return writes;
    },
  };
}
