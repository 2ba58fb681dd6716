/** One CSV record and the physical line it starts on (1-based), for error messages. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvParse {
  readonly records: readonly CsvRecord[];
  /** Set when a quoted field never closes; everything from `line` on is lost. */
  readonly unterminatedAt: number | null;
}

/**
 * An RFC 4180 reader: commas, double-quoted fields with `""` escapes, CRLF or LF line ends,
 * line breaks inside quotes. Tolerant where spreadsheets are sloppy: a UTF-8 BOM is dropped
 * and a quote in the middle of an unquoted field is kept as text. Blank lines yield nothing.
 */
export function parseCsv(text: string): CsvParse {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let atFieldStart = true;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0]?.trim() === '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
    atFieldStart = true;
  };
  for (let i = 0; i < input.length; i += 1) {
    const char = input.charAt(i);
    if (quoted) {
      if (char === '"' && input.charAt(i + 1) === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        cell += char;
      }
      continue;
    }
    if (char === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
      atFieldStart = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input.charAt(i + 1) === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      cell += char;
      atFieldStart = false;
    }
  }
  if (quoted) return { records, unterminatedAt: recordLine };
  if (cell !== '' || cells.length > 0) endRecord();
  return { records, unterminatedAt: null };
}
