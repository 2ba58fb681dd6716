import { appError } from '../../shared/errors.js';
import type { AvailableUpdates, DeviceInfo } from '../../shared/model/device.js';
import { err, ok, type Result } from '../../shared/result.js';
import { parseAvailableUpdates } from '../protocol/available-updates.js';
import { Callback } from '../protocol/callbacks.js';
import { parseDeviceInfo } from '../protocol/device-info.js';
import type { OutletSession } from './outlet-session.js';

/** Callback 12: who the device is and what it runs. */
export async function readDeviceInfo(session: OutletSession): Promise<Result<DeviceInfo>> {
  const reply = await session.request(Callback.deviceInfo);
  if (!reply.ok) return reply;
  if (!reply.value.ok) {
    return err(appError('device-rejected', 'The device refused to report its information.', true));
  }
  const parsed = parseDeviceInfo(reply.value.args, reply.value.serial);
  return parsed.ok
    ? ok(parsed.value)
    : err(appError('not-an-outlet', `The device information made no sense: ${parsed.error}.`));
}

/**
 * Callback 20: what the device can update to. The device asks the cloud itself, so a
 * `PUBACK: 0` means "could not check", never "no update" (protocol.md Q16).
 */
export async function readAvailableUpdates(
  session: OutletSession,
): Promise<Result<AvailableUpdates>> {
  const reply = await session.request(Callback.availableUpdates);
  if (!reply.ok) return reply;
  if (!reply.value.ok) {
    return err(
      appError('device-rejected', 'The device could not check for updates (is it online?).', true),
    );
  }
  const parsed = parseAvailableUpdates(reply.value.args);
  return parsed.ok
    ? ok(parsed.value)
    : err(appError('protocol', `The update information made no sense: ${parsed.error}.`));
}
