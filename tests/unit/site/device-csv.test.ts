import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/site/csv-rows.js';
import { parseDeviceCsv } from '../../../shared/site/device-csv.js';

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and keeps line numbers', () => {
    const text = 'a,b\r\n"1, one","say ""hi"""\r\n"two\nlines",x\n\n3,y';
    expect(parseCsv(text)).toEqual({
      records: [
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['1, one', 'say "hi"'] },
        { line: 3, cells: ['two\nlines', 'x'] },
        { line: 6, cells: ['3', 'y'] },
      ],
      unterminatedAt: null,
    });
  });

  it('drops a BOM and reports an unterminated quote with the line it started on', () => {
    const parsed = parseCsv('\uFEFFa,b\n1,"open\n2,3\n');
    expect(parsed.records).toEqual([{ line: 1, cells: ['a', 'b'] }]);
    expect(parsed.unterminatedAt).toBe(2);
  });
});

describe('parseDeviceCsv', () => {
  it('loads the good rows and reports each bad row with its line number', () => {
    const text = [
      'address,label,critical',
      '192.168.1.20,Kitchen,no',
      '192.168.1.300,Bad address,no',
      '192.168.1.21,"Hall, left",maybe',
      ',No address,',
      'outlet-3.local:4444,Garage,yes',
    ].join('\n');
    const parsed = parseDeviceCsv(text);
    expect(parsed.fatal).toBeNull();
    expect(parsed.devices).toEqual([
      {
        label: 'Kitchen',
        address: { host: '192.168.1.20', tcpPort: null, wsPort: null },
        critical: false,
      },
      {
        label: 'Garage',
        address: { host: 'outlet-3.local', tcpPort: 4444, wsPort: null },
        critical: true,
      },
    ]);
    expect(parsed.problems.map((problem) => problem.line)).toEqual([3, 4, 5]);
    expect(parsed.problems[0]?.message).toMatch(/192\.168\.1\.300.*not a valid IPv4/);
    expect(parsed.problems[1]?.message).toMatch(/critical must be yes or no \(got "maybe"\)/);
    expect(parsed.problems[2]?.message).toMatch(/address is empty/);
  });

  it.each([
    ['yes', true],
    ['YES', true],
    ['true', true],
    ['1', true],
    ['no', false],
    ['false', false],
    ['0', false],
    ['', false],
  ])('reads critical "%s" as %s', (value, critical) => {
    const parsed = parseDeviceCsv(`address,label,critical\n10.0.0.1,A,${value}\n`);
    expect(parsed.devices[0]?.critical).toBe(critical);
  });

  it('drops duplicates (same address and ports) and says which line they repeat', () => {
    const text = [
      'label,address,tcp_port,ws_port',
      'A,10.0.0.1,,',
      'B,10.0.0.1:3333,,',
      'C,10.0.0.1,4000,',
      'D,10.0.0.1,4000,',
      'E,10.0.0.1,4000,8080',
    ].join('\n');
    const parsed = parseDeviceCsv(text);
    expect(parsed.devices.map((device) => device.label)).toEqual(['A', 'C', 'E']);
    expect(parsed.duplicates).toEqual([
      { line: 3, message: 'same device as line 2; dropped.' },
      { line: 5, message: 'same device as line 4; dropped.' },
    ]);
  });

  it('takes columns in any order, ports from extra columns, the address as label when empty, # comments', () => {
    const text = '# site list\nws_port,label,address\n8081,,127.0.0.5\n# later\n';
    expect(parseDeviceCsv(text).devices).toEqual([
      {
        label: '127.0.0.5',
        address: { host: '127.0.0.5', tcpPort: null, wsPort: 8081 },
        critical: false,
      },
    ]);
  });

  it('reports rows with too many fields, bad ports and a port given twice', () => {
    const text = 'address,label\n10.0.0.1,A,extra\n10.0.0.2:99999,B\n';
    const withPorts = 'address,label,tcp_port\n10.0.0.3:1,C,2\n10.0.0.4,D,x\n';
    expect(parseDeviceCsv(text).problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'has 3 fields but the header has 2.'],
      [3, expect.stringMatching(/99999/)],
    ]);
    expect(parseDeviceCsv(withPorts).problems.map((p) => p.message)).toEqual([
      'the TCP port is given twice (in the address and in tcp_port).',
      expect.stringMatching(/^tcp_port: Port "x"/),
    ]);
  });

  it('refuses a file without a header row', () => {
    const parsed = parseDeviceCsv('10.0.0.1,Kitchen,no\n');
    expect(parsed.devices).toEqual([]);
    expect(parsed.fatal).toMatch(/line 1: expected a header row/);
  });

  it('keeps the rows before an unterminated quote and reports the rest as lost', () => {
    const parsed = parseDeviceCsv('address,label\n10.0.0.1,A\n10.0.0.2,"B\n10.0.0.3,C\n');
    expect(parsed.devices.map((device) => device.label)).toEqual(['A']);
    expect(parsed.problems).toEqual([{ line: 3, message: expect.stringMatching(/never closes/) }]);
  });
});
