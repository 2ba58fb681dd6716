import { describe, expect, it } from 'vitest';
import { reportFileName } from '../../../electron/services/site/report-export.js';
import { problemError } from '../../../electron/services/site/site-views.js';

const MARCH_15 = new Date(2026, 2, 15, 14, 25).getTime();

describe('reportFileName', () => {
  it.each([
    ['Hotel Astoria', 'csv', 'hotel-astoria-report-2026-03-15.csv'],
    ['  Café  Zürich / Block B ', 'pdf', 'café-zürich-block-b-report-2026-03-15.pdf'],
    ['東京オフィス', 'csv', '東京オフィス-report-2026-03-15.csv'],
    ['***', 'csv', 'site-report-2026-03-15.csv'],
    ['a:b\\c?d*e|f"g<h>i', 'pdf', 'abcdefghi-report-2026-03-15.pdf'],
  ] as const)('%j as %s -> %s', (site, format, name) => {
    expect(reportFileName(site, MARCH_15, format)).toBe(name);
  });
});

describe('problemError', () => {
  it('keeps a disk problem’s words and marks it retryable', () => {
    expect(problemError({ code: 'disk-full', message: 'The disk is full: …' })).toEqual({
      code: 'disk',
      message: 'The disk is full: …',
      retryable: true,
    });
    expect(problemError({ code: 'internal', message: 'bug' })).toMatchObject({ code: 'internal' });
  });
});
