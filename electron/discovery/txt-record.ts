import type { DiscoveredDevice } from '../../shared/site/discovered-device.js';

/** What bonjour-service hands us for one service (only the fields we read). */
export interface MdnsService {
  readonly name?: string;
  readonly host?: string;
  readonly port?: number;
  readonly txt?: unknown;
  readonly addresses?: readonly string[];
  readonly referer?: { readonly address?: string };
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (value instanceof Uint8Array) return text(Buffer.from(value).toString('utf8'));
  return null;
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * One `_invis._tcp` record as a device. TXT keys per protocol.md §2.6: `sn` (required: the
 * library ignores records without it, and so do we), `device`, `sub_type`, `sub_device`,
 * `sub_sn`. The address is the first IPv4 A record, else the sender of the answer. The
 * advertised port is ignored: no client uses it (§2.6, Q12).
 */
export function deviceFromService(service: MdnsService, seenAt: number): DiscoveredDevice | null {
  const txt = (
    typeof service.txt === 'object' && service.txt !== null ? service.txt : {}
  ) as Record<string, unknown>;
  const serial = text(txt.sn);
  if (serial === null) return null;
  const host =
    (service.addresses ?? []).find((address) => IPV4.test(address)) ??
    service.referer?.address ??
    service.addresses?.[0] ??
    null;
  if (host === null) return null;
  const decoSerial = text(txt.sub_sn);
  const decoModel = text(txt.sub_device) ?? text(txt.sub_type);
  return {
    serial,
    address: { host, tcpPort: null, wsPort: null },
    model: text(txt.device),
    hardwareRevision: null,
    transport: null,
    outletVersion: null,
    deco:
      decoSerial !== null || decoModel !== null ? { serial: decoSerial, model: decoModel } : null,
    hostname: service.host ?? null,
    sources: ['mdns'],
    seenAt,
    movedFrom: null,
  };
}
