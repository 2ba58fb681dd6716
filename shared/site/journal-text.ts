import { isJournalRecord, type JournalRecord } from './journal-records.js';

export interface JournalRead {
  readonly records: readonly JournalRecord[];
  /** The last line had no newline: a write cut short by a crash. It is ignored. */
  readonly tornTail: boolean;
  /** Complete lines that did not parse (should never happen; reported, not fatal). */
  readonly skipped: readonly number[];
  /** Length in characters of the whole lines: where the next append must start. */
  readonly goodLength: number;
}

/** One record as one line; JSON.stringify never emits a raw newline. */
export function journalLine(record: JournalRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/**
 * Reads a journal. Only lines ended by a newline count: a record is written with its newline
 * in one append and then flushed, so a missing newline means the crash came mid-write and
 * the record never took effect (its step had not started).
 */
export function readJournalText(text: string): JournalRead {
  const end = text.lastIndexOf('\n') + 1;
  const whole = text.slice(0, end);
  const records: JournalRecord[] = [];
  const skipped: number[] = [];
  whole
    .split('\n')
    .slice(0, -1)
    .forEach((line, index) => {
      if (line.trim() === '') return;
      try {
        const value: unknown = JSON.parse(line);
        if (isJournalRecord(value)) records.push(value);
        else skipped.push(index + 1);
      } catch {
        skipped.push(index + 1);
      }
    });
  return { records, tornTail: end < text.length, skipped, goodLength: end };
}
