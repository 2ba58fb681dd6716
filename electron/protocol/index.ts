/** The device codec: envelopes, encoding, the TCP stream splitter, packet IDs, reply parsers. */
export { Callback, type CallbackName } from './callbacks.js';
export {
  buildRequest,
  classifyMessage,
  type DeviceMessage,
  type RequestEnvelope,
} from './envelope.js';
export { encodeForTcp, encodeForWs } from './encode.js';
export {
  JsonObjectSplitter,
  OversizeObjectError,
  type SplitterWarning,
} from './json-object-splitter.js';
export { PacketIdAllocator } from './packet-ids.js';
export { parseDeviceInfo } from './device-info.js';
export { parseAvailableUpdates } from './available-updates.js';
export type { AvailableUpdates, DecoInfo, DeviceInfo, ModuleUpdate } from './models.js';
