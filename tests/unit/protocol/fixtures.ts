import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads a file from tests/fixtures/protocol. */
export function fixtureBytes(name: string): Buffer {
  return readFileSync(join(__dirname, '../../fixtures/protocol', name));
}

export function fixtureJson(name: string): unknown {
  return JSON.parse(fixtureBytes(name).toString('utf8'));
}

/** The objects inside tcp-two-objects.bin, spelled out independently of the file. */
export const TWO_OBJECTS = [
  {
    sn: '11A1A7000B',
    packetID: 839379,
    payload: { callbackName: 22, callbackArgs: [1, 96] },
  },
  {
    sn: '11A18240076',
    packetID: 373184,
    PUBACK: 1,
    payload: {
      callbackName: 12,
      callbackArgs: {
        IM: {
          sn: '11A18240076',
          device: 'Küche ☕ 🔌',
          note: 'braces } { and "quotes" and a backslash \\',
        },
      },
    },
  },
];
