import type { AvailableUpdates, DeviceInfo, ModuleUpdate } from '../../shared/model/device.js';
import { connectOutlet } from '../outlet/connect-outlet.js';
import { readAvailableUpdates } from '../outlet/device-reads.js';
import { CONNECTION_FLAGS, connectionFlags } from './connection-flags.js';
import { errorLine } from './error-words.js';
import { ExitCode } from './exit-codes.js';
import { parseFlags } from './parse-flags.js';
import type { CommandIo } from './update-command.js';

/** `info <host>`: who the outlet is, what it runs and what it could update to. */
export async function infoCommand(
  argv: readonly string[],
  io: CommandIo,
  write: (text: string) => void,
): Promise<ExitCode> {
  const connection = connectionFlags(parseFlags(argv, CONNECTION_FLAGS), 'info');
  const connected = await connectOutlet({ ...connection, log: io.log });
  if (!connected.ok) {
    io.error(errorLine(connected.error));
    const reachable = ['not-an-outlet', 'protocol', 'connection-lost'].includes(
      connected.error.code,
    );
    return reachable ? ExitCode.failed : ExitCode.unreachable;
  }
  const { session, info } = connected.value;
  const updates = await readAvailableUpdates(session);
  session.close();
  if (!updates.ok) io.log.warn(`could not check for updates: ${updates.error.message}`);
  const available = updates.ok ? updates.value : null;
  if (connection.json) {
    write(
      `${JSON.stringify({ type: 'info', transport: session.kind, device: info, updates: available })}\n`,
    );
  } else {
    write(describeDevice(info, available, session.kind));
  }
  return ExitCode.ok;
}

function versionLine(
  label: string,
  version: string | null,
  update: ModuleUpdate | null | undefined,
): string {
  const running = version ?? 'unknown (the device may need a restart)';
  let tail = '  (could not check for updates)';
  if (update) tail = update.hasUpdate ? `  → ${update.available} available` : '  (up to date)';
  return `${label.padEnd(18)}${running}${tail}\n`;
}

export function describeDevice(
  info: DeviceInfo,
  updates: AvailableUpdates | null,
  transport: string,
): string {
  const revision = info.hardwareRevision ?? 'unknown';
  let text = `Serial            ${info.serial}\n`;
  text += `Hardware          ${info.model ?? 'InvisOutlet'} ${revision} (${transport === 'tcp' ? 'TCP' : 'WebSocket'})\n`;
  text += versionLine('Outlet firmware', info.outletVersion, updates?.outlet);
  if (updates?.web) text += versionLine('Web interface', updates.web.current, updates.web);
  const deco = info.deco;
  if (deco === null) text += 'Faceplate         none attached (or restarting)\n';
  else if (!deco.online) text += `Faceplate         ${deco.serial ?? ''} offline\n`;
  else text += versionLine(`Faceplate`, deco.version, updates?.deco);
  return text;
}
