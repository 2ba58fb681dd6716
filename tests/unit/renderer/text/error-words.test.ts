import { describe, expect, it } from 'vitest';
import { appError, type AppErrorCode } from '../../../../shared/errors.js';
import { ERROR_WORDS, errorWords } from '../../../../renderer/text/error-words.js';

const CODES: readonly AppErrorCode[] = [
  'bad-argument',
  'invalid-address',
  'unreachable',
  'refused',
  'timeout',
  'not-an-outlet',
  'connection-lost',
  'protocol',
  'device-rejected',
  'busy',
  'no-faceplate',
  'faceplate-offline',
  'cancelled',
  'disk',
  'internal',
];

describe('error words', () => {
  it('has a title and advice for every AppError code', () => {
    expect(Object.keys(ERROR_WORDS).sort()).toEqual([...CODES].sort());
    for (const code of CODES) {
      expect(ERROR_WORDS[code].title).toMatch(/\.$/);
      expect(ERROR_WORDS[code].advice.length).toBeGreaterThan(10);
    }
  });

  it.each([
    ['unreachable', /could not be reached/, /same network/],
    ['refused', /did not accept the connection/, /port/],
    ['timeout', /did not answer in time/, /try again/],
    ['not-an-outlet', /does not look like an InvisOutlet/, /Check the address/],
    ['connection-lost', /connection to the outlet was lost/, /other apps/],
  ] as const)('says what happened and what to try for %s', (code, title, advice) => {
    const words = errorWords(appError(code, 'ECONNREFUSED 192.168.1.20:3333'));
    expect(words.title).toMatch(title);
    expect(words.advice).toMatch(advice);
  });

  it('never shows the technical message to the person', () => {
    const words = errorWords(appError('refused', 'ECONNREFUSED 192.168.1.20:3333'));
    expect(`${words.title} ${words.advice}`).not.toContain('ECONNREFUSED');
  });
});
