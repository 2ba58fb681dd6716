import { addressKey, parseAddressInput, parsePortInput } from './device-address.js';
import { parseCsv } from './csv-rows.js';
import type { SiteDeviceInput } from './site-device.js';

/** A row that did not load, with the line it starts on. */
export interface CsvProblem {
  readonly line: number;
  readonly message: string;
}

export interface DeviceCsv {
  readonly devices: readonly SiteDeviceInput[];
  readonly problems: readonly CsvProblem[];
  /** Rows dropped because an earlier row names the same address and ports. */
  readonly duplicates: readonly CsvProblem[];
  /** Set when nothing could load at all (no header, unterminated quote at the start). */
  readonly fatal: string | null;
}

const COLUMNS = ['address', 'label', 'critical', 'tcp_port', 'ws_port'] as const;
type Column = (typeof COLUMNS)[number];
const TRUE_WORDS = ['yes', 'y', 'true', '1', 'x'];
const FALSE_WORDS = ['no', 'n', 'false', '0', ''];

/**
 * Reads a device list `address,label[,critical][,tcp_port][,ws_port]` with a header row.
 * Bad rows are reported with their line number while the good rows still load; a row for
 * an address already listed is reported as a duplicate and dropped. Lines whose first cell
 * starts with `#` are comments.
 */
export function parseDeviceCsv(text: string): DeviceCsv {
  const parsed = parseCsv(text);
  const rows = parsed.records.filter((record) => !(record.cells[0] ?? '').trim().startsWith('#'));
  const header = rows[0];
  const names = header?.cells.map((cell) => cell.trim().toLowerCase()) ?? [];
  if (!header || !names.includes('address')) {
    return {
      devices: [],
      problems: [],
      duplicates: [],
      fatal: `line ${header?.line ?? 1}: expected a header row such as "address,label,critical".`,
    };
  }
  const index = new Map<Column, number>();
  for (const column of COLUMNS)
    if (names.includes(column)) index.set(column, names.indexOf(column));
  const devices: SiteDeviceInput[] = [];
  const problems: CsvProblem[] = [];
  const duplicates: CsvProblem[] = [];
  const seen = new Map<string, number>();
  for (const record of rows.slice(1)) {
    const cell = (column: Column) => {
      const at = index.get(column);
      return at === undefined ? '' : (record.cells[at] ?? '').trim();
    };
    if (record.cells.length > names.length) {
      problems.push({
        line: record.line,
        message: `has ${record.cells.length} fields but the header has ${names.length}.`,
      });
      continue;
    }
    const device = rowToDevice(cell);
    if (typeof device === 'string') {
      problems.push({ line: record.line, message: device });
      continue;
    }
    const key = addressKey(device.address);
    const first = seen.get(key);
    if (first !== undefined) {
      duplicates.push({ line: record.line, message: `same device as line ${first}; dropped.` });
      continue;
    }
    seen.set(key, record.line);
    devices.push(device);
  }
  if (parsed.unterminatedAt !== null) {
    problems.push({
      line: parsed.unterminatedAt,
      message: 'a quoted field never closes; this row and the rest of the file were not read.',
    });
  }
  return { devices, problems, duplicates, fatal: null };
}

/** One row to a device, or the words for what is wrong with it. */
function rowToDevice(cell: (column: Column) => string): SiteDeviceInput | string {
  const addressText = cell('address');
  if (addressText === '') return 'the address is empty.';
  const address = parseAddressInput(addressText);
  if (!address.ok) return `address "${addressText}": ${address.error}`;
  const critical = cell('critical').toLowerCase();
  if (!TRUE_WORDS.includes(critical) && !FALSE_WORDS.includes(critical)) {
    return `critical must be yes or no (got "${cell('critical')}").`;
  }
  const tcpPort = parsePortInput(cell('tcp_port'));
  if (!tcpPort.ok) return `tcp_port: ${tcpPort.error}`;
  const wsPort = parsePortInput(cell('ws_port'));
  if (!wsPort.ok) return `ws_port: ${wsPort.error}`;
  if (address.value.tcpPort !== null && tcpPort.value !== null) {
    return 'the TCP port is given twice (in the address and in tcp_port).';
  }
  return {
    label: cell('label') || addressText,
    address: {
      host: address.value.host,
      tcpPort: address.value.tcpPort ?? tcpPort.value,
      wsPort: wsPort.value,
    },
    critical: TRUE_WORDS.includes(critical),
  };
}
