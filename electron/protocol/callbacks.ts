/**
 * Callback numbers (`payload.callbackName`) the updater uses. Numbers come from the
 * reference library's constant table (protocol.md §3); only the ones an OTA run needs
 * are named here so a typo cannot silently address another device function.
 */
export const Callback = {
  outletStatus: 9,
  sensors: 11,
  deviceInfo: 12,
  availableUpdates: 20,
  performOta: 21,
  otaProgress: 22,
  otaResult: 23,
} as const;

export type CallbackName = (typeof Callback)[keyof typeof Callback];
