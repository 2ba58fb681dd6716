import type { Device } from './device.js';
import type { ClientLink } from './link.js';
import { startOta } from './ota-runner.js';
import { parseOtaArgs } from './ota-plan.js';
import type { SimRequest } from './request.js';

/** Callback numbers this simulator implements (protocol.md §3). */
const DEVICE_INFO = 12;
const AVAILABLE_UPDATES = 20;
const PERFORM_OTA = 21;

/**
 * One request, one decision. Every well-formed 21 is recorded first, whatever the scenario,
 * so a test can tell "the client never asked" from "the device ignored it". Unknown
 * callbacks get PUBACK 0 without a payload, as the device answers requests it cannot serve.
 */
export function handleRequest(device: Device, link: ClientLink, request: SimRequest): void {
  const ota = request.callbackName === PERFORM_OTA ? parseOtaArgs(request.callbackArgs) : null;
  if (ota !== null) device.state.otaRequests.push(ota);

  if (device.fault === 'silent') return;
  if (device.fault === 'junk') {
    device.log('junk', { link: link.id });
    link.sendJunk();
    return;
  }

  const { messages, info } = device;
  switch (request.callbackName) {
    case DEVICE_INFO:
      device.reply(link, messages.reply(request.packetID, 1, DEVICE_INFO, info.deviceInfo()));
      return;
    case AVAILABLE_UPDATES:
      device.reply(
        link,
        messages.reply(request.packetID, 1, AVAILABLE_UPDATES, info.availableUpdates()),
      );
      return;
    case PERFORM_OTA:
      if (ota === null) device.reply(link, messages.reply(request.packetID, 0));
      else startOta(device, link, request.packetID, ota);
      return;
    default:
      device.reply(link, messages.reply(request.packetID, 0));
  }
}
