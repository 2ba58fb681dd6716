/**
 * Typed views of the callback 12 and 20 replies. The shapes live in shared/model so the
 * renderer, the OTA machine and this codec agree on one definition; they are re-exported
 * here because the codec is where they are produced.
 */
export type {
  AvailableUpdates,
  DecoInfo,
  DeviceInfo,
  ModuleUpdate,
} from '../../shared/model/device.js';
