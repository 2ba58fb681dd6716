import type { RecentDevice } from '../../shared/ipc/contract.js';
import { readJsonFile, serialQueue, writeJsonFile } from '../support/json-file.js';
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
 * Recent devices in a small JSON file, written whole (temporary file, flushed, renamed), so a
 * crash mid-write never leaves half a file; a damaged file is logged and treated as empty.
 */
export function createRecentDevicesStore(filePath: string, log: Logger): RecentDevicesStore {
  // Serialised so two quick connects cannot interleave read-modify-write.
  const serially = serialQueue();

  async function read(): Promise<RecentDevice[]> {
    const parsed = await readJsonFile(filePath, () =>
      log.warn(`recent devices file is damaged; starting a new list`, { filePath }),
    );
    return Array.isArray(parsed) ? parsed.filter(isRecentDevice) : [];
  }

  return {
    list: read,
    remember: (device, at) =>
      serially(async () => {
        const others = (await read()).filter(
          (entry) => entry.serial !== device.serial && entry.host !== device.host,
        );
        const next = [{ ...device, lastSeen: at.toISOString() }, ...others].slice(0, MAX_RECENT);
        await writeJsonFile(filePath, next).catch((error: unknown) => {
          log.warn('could not remember the device', { message: String(error) });
        });
      }),
  };
}
