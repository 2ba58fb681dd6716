import { parseCsv } from '../../shared/site/csv-rows.js';
import type { DeviceCsv } from '../../shared/site/device-csv.js';

/**
 * The line of each device parseDeviceCsv accepted, in its order. It reports the lines of the
 * rows it refused but not of the ones it kept; those are the remaining data rows, read with
 * the same rules (comments skipped, the first row is the header).
 */
export function acceptedLines(text: string, parsed: DeviceCsv): number[] {
  if (parsed.fatal !== null) return [];
  const refused = new Set([...parsed.problems, ...parsed.duplicates].map((row) => row.line));
  return parseCsv(text)
    .records.filter((record) => !(record.cells[0] ?? '').trim().startsWith('#'))
    .slice(1)
    .map((record) => record.line)
    .filter((line) => !refused.has(line));
}
