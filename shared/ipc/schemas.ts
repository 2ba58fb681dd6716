import { z } from 'zod';
import type { InvokeChannel } from './contract.js';

/**
 * Runtime checks for every invoke argument: the renderer is untrusted, so main validates
 * each call against these before anything reaches a service.
 */
const deviceId = z.string().min(1).max(64);
const port = z.number().int().min(1).max(65535);

export const ARG_SCHEMAS = {
  'device:connect': z
    .object({
      host: z.string().min(1).max(253),
      transport: z.enum(['auto', 'tcp', 'ws']).optional(),
      tcpPort: port.optional(),
      wsPort: port.optional(),
    })
    .strict(),
  'device:connect-demo': z.undefined(),
  'device:refresh': z.object({ deviceId }).strict(),
  'device:disconnect': z.object({ deviceId }).strict(),
  'device:list-recent': z.undefined(),
  'ota:start': z
    .object({
      deviceId,
      target: z.enum(['outlet', 'deco']),
      method: z.enum(['auto', 'wifi', 'outlet']),
    })
    .strict(),
  'ota:cancel': z.object({ deviceId }).strict(),
  'ota:get-state': z.object({ deviceId }).strict(),
  'app:get-info': z.undefined(),
} as const satisfies Record<InvokeChannel, z.ZodType>;
