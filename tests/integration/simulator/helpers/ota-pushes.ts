import type { DeviceMessage } from './raw-client.js';

/** OTA pushes (21, 22, 23) as `[callbackName, args]`, in arrival order. */
export function otaPushes(client: {
  messages: readonly DeviceMessage[];
}): Array<[number, unknown]> {
  return client.messages
    .filter((m) => !('PUBACK' in m) && [21, 22, 23].includes(m.payload?.callbackName ?? 0))
    .map((m) => [m.payload?.callbackName ?? 0, m.payload?.callbackArgs]);
}

/** `22 [type, 0]`, `22 [type, 10]` ... `22 [type, last]`. */
export function progressPushes(type: number, last = 100): Array<[number, unknown]> {
  const pushes: Array<[number, unknown]> = [];
  for (let percent = 0; percent <= last; percent += 10) pushes.push([22, [type, percent]]);
  return pushes;
}

/** Matches the push `callbackName` with exactly these args. */
export function isPush(callbackName: number, args: unknown) {
  return (m: DeviceMessage): boolean =>
    !('PUBACK' in m) &&
    m.payload?.callbackName === callbackName &&
    JSON.stringify(m.payload.callbackArgs) === JSON.stringify(args);
}
