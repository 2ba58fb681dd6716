import type { TransportChoice } from '../../shared/model/ota.js';
import { validateHost } from '../../shared/model/address.js';
import { UsageError } from './exit-codes.js';
import { oneOf, portFlag, type FlagSpec, type ParsedFlags } from './parse-flags.js';

export const CONNECTION_FLAGS: FlagSpec = {
  transport: { type: 'string' },
  'tcp-port': { type: 'string' },
  'ws-port': { type: 'string' },
  json: { type: 'boolean' },
};

export interface ConnectionFlags {
  readonly host: string;
  readonly transport: TransportChoice;
  readonly tcpPort: number | undefined;
  readonly wsPort: number | undefined;
  readonly json: boolean;
}

/** The host positional plus the transport flags shared by `update` and `info`. */
export function connectionFlags(parsed: ParsedFlags, command: string): ConnectionFlags {
  const [host, ...extra] = parsed.positionals;
  if (host === undefined) throw new UsageError(`${command} needs the outlet's address.`);
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  const valid = validateHost(host);
  if (!valid.ok) throw new UsageError(`"${host}": ${valid.error}`);
  return {
    host: valid.value,
    transport: oneOf('transport', parsed.values.transport, ['auto', 'tcp', 'ws'], 'auto'),
    tcpPort: portFlag('tcp-port', parsed.values['tcp-port']),
    wsPort: portFlag('ws-port', parsed.values['ws-port']),
    json: parsed.values.json === true,
  };
}
