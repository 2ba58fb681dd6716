import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { csvLine } from '../../../shared/site/csv-cells.js';
import { formatAddress } from '../../../shared/site/device-address.js';
import type { DiscoveredDevice } from '../../../shared/site/discovered-device.js';
import { localSubnets, parseCidr } from '../../discovery/cidr.js';
import { DiscoveryService } from '../../discovery/discovery-service.js';
import { saveReport } from '../../site/report-file.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import { portFlag } from '../parse-flags.js';
import type { CommandIo } from '../update-command.js';
import type { SiteCliEnv } from './site-cli-env.js';
import { listFlag, parseSiteFlags, single, stringFlag } from './site-flags.js';
import { textTable } from './text-table.js';

const SCAN_FLAGS = {
  subnet: { type: 'string', multiple: true },
  'tcp-port': { type: 'string' },
  'ws-port': { type: 'string' },
  'no-mdns': { type: 'boolean' },
  csv: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** How long mDNS listens at least; the subnet scan usually takes longer anyway. */
const MDNS_MS = 3_000;

/** `site scan`: mDNS plus a subnet scan, merged by serial; optionally saved as a device list. */
export async function scanCommand(
  argv: readonly string[],
  io: CommandIo,
  cli: SiteCliEnv,
): Promise<ExitCode> {
  const { positionals, values } = parseSiteFlags(argv, SCAN_FLAGS);
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
  const given = listFlag(values.subnet);
  const subnets = given.length > 0 ? given : localSubnets(networkInterfaces());
  if (subnets.length === 0)
    throw new UsageError('No IPv4 network found on this computer; give --subnet CIDR.');
  for (const subnet of subnets) {
    const parsed = parseCidr(subnet);
    if (!parsed.ok) throw new UsageError(`--subnet ${parsed.error}`);
  }
  const json = values.json === true;
  const csvPath = stringFlag('csv', values.csv);
  const line = (value: Record<string, unknown>) => cli.write(`${JSON.stringify(value)}\n`);
  const discovery = new DiscoveryService({ log: io.log });
  const started = Date.now();
  discovery.onEvent((event) => {
    if (event.type === 'found') {
      if (json) line({ type: 'found', change: event.change, device: event.device });
      else if (event.change !== 'updated') cli.write(`${foundWords(event.device, event.change)}\n`);
    } else if (json && (event.probed % 32 === 0 || event.probed === event.total)) {
      line({ type: 'scan-progress', probed: event.probed, total: event.total });
    } else if (!json && cli.isTTY) {
      cli.write(`\r\x1b[2KProbed ${event.probed} of ${event.total} addresses`);
    }
  });
  if (!json)
    cli.write(
      `Scanning ${subnets.join(', ')}${values['no-mdns'] ? '' : ' and listening for mDNS'}…\n`,
    );
  if (values['no-mdns'] !== true) discovery.startMdns();
  const scan = await discovery.scan({
    subnets,
    tcpPort: portFlag('tcp-port', single(values, 'tcp-port')),
    wsPort: portFlag('ws-port', single(values, 'ws-port')),
  });
  const left = MDNS_MS - (Date.now() - started);
  if (values['no-mdns'] !== true && left > 0) await new Promise((done) => setTimeout(done, left));
  await discovery.stopMdns();
  if (!scan.ok) throw new UsageError(scan.error);
  if (!json && cli.isTTY) cli.write('\r\x1b[2K');
  const devices = discovery.registry.list();
  if (csvPath !== undefined) {
    const saved = await saveReport(resolve(csvPath), deviceListCsv(devices));
    if (!saved.ok) {
      io.error(saved.error.message);
      return ExitCode.failed;
    }
  }
  const { dropped, probed, total, durationMs } = scan.value;
  if (json) line({ type: 'scan-outcome', subnets, devices, dropped, probed, total, durationMs });
  else cli.write(scanSummary(devices, dropped, probed, durationMs, csvPath));
  return devices.length > 0 ? ExitCode.ok : ExitCode.unreachable;
}

function foundWords(device: DiscoveredDevice, change: string): string {
  const moved =
    change === 'moved' && device.movedFrom
      ? ` (moved from ${formatAddress(device.movedFrom)})`
      : '';
  return `Found ${device.serial ?? 'an outlet'} at ${formatAddress(device.address)} via ${device.sources.join('+')}${moved}`;
}

function scanSummary(
  devices: readonly DiscoveredDevice[],
  dropped: ReadonlyArray<{ address: string; reason: string }>,
  probed: number,
  durationMs: number,
  csvPath: string | undefined,
): string {
  const rows = [['Serial', 'Address', 'Hardware', 'Firmware', 'Deco', 'Found by']];
  for (const d of devices) {
    const hardware =
      d.transport === null
        ? ''
        : `${d.hardwareRevision ?? '?'} ${d.transport === 'tcp' ? 'TCP' : 'WebSocket'}`;
    rows.push([
      d.serial ?? '?',
      formatAddress(d.address),
      hardware,
      d.outletVersion ?? '',
      d.deco?.serial ?? d.deco?.model ?? '',
      d.sources.join('+'),
    ]);
  }
  let text = devices.length > 0 ? `\n${textTable(rows)}\n\n` : '\n';
  for (const drop of dropped)
    text += `${drop.address} answered but is not an outlet: ${drop.reason}\n`;
  const seconds = (durationMs / 1000).toFixed(1);
  text +=
    devices.length > 0
      ? `${devices.length} ${devices.length === 1 ? 'outlet' : 'outlets'} found (${probed} addresses probed in ${seconds} s).\n`
      : `No outlets found (${probed} addresses probed in ${seconds} s). Check that this computer is on the site network, or give --subnet.\n`;
  if (csvPath !== undefined)
    text += `Device list written to ${csvPath}; add labels, then run: site run ${csvPath}\n`;
  return text;
}

/** A device list `site run` reads back; the serial stands in for the label until edited. */
export function deviceListCsv(devices: readonly DiscoveredDevice[]): string {
  let text = csvLine(['address', 'label', 'critical', 'tcp_port', 'ws_port']);
  for (const d of devices) {
    text += csvLine([
      d.address.host,
      d.serial ?? d.address.host,
      'no',
      d.address.tcpPort,
      d.address.wsPort,
    ]);
  }
  return text;
}
