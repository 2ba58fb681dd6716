import { z } from 'zod';
import { MAX_LABEL_LENGTH } from '../site/job-state.js';
import type { InvokeChannel } from './contract.js';

/**
 * Runtime checks for every invoke argument: the renderer is untrusted, so main validates
 * each call against these before anything reaches a service.
 */
const deviceId = z.string().min(1).max(64);
const port = z.number().int().min(1).max(65535);
// Job ids name journal files (`<jobId>.jsonl`): letters, digits and dashes only, no paths.
const jobId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/);
const siteJob = z.object({ jobId }).strict();
const name = z.string().max(MAX_LABEL_LENGTH);
const siteDevice = z
  .object({
    label: z.string().max(MAX_LABEL_LENGTH),
    address: z
      .object({
        host: z.string().min(1).max(253),
        tcpPort: port.nullable(),
        wsPort: port.nullable(),
      })
      .strict(),
    critical: z.boolean(),
  })
  .strict();

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
  'ota:get-active': z.undefined(),
  'ota:list-unfinished': z.undefined(),
  'ota:check-unfinished': z.object({ serial: deviceId }).strict(),
  'ota:forget-unfinished': z.object({ serial: deviceId }).strict(),
  'app:get-info': z.undefined(),
  'site:list-jobs': z.undefined(),
  'site:create-job': z
    .object({
      site: name,
      technician: name,
      concurrency: z.number().int().min(1).max(10).optional(),
      devices: z.array(siteDevice).min(1).max(1000),
    })
    .strict(),
  'site:open-job': siteJob,
  'site:get-job': siteJob,
  'site:preflight': siteJob,
  'site:start': siteJob,
  'site:pause': siteJob,
  'site:resume': siteJob,
  'site:cancel': siteJob,
  'site:retry-failed': siteJob,
  'site:confirm-critical': z.object({ jobId, deviceId: z.string().min(1).max(100) }).strict(),
  'site:change-details': z
    .object({ jobId, site: z.string().trim().min(1).max(MAX_LABEL_LENGTH), technician: name })
    .strict(),
  'site:rename-device': z
    .object({
      jobId,
      deviceId: z.string().min(1).max(100),
      label: z.string().trim().min(1).max(MAX_LABEL_LENGTH),
    })
    .strict(),
  'site:set-concurrency': z
    .object({ jobId, concurrency: z.number().int().min(1).max(10) })
    .strict(),
  'site:scan': z
    .object({
      subnet: z.string().max(50).optional(),
      tcpPort: port.optional(),
      wsPort: port.optional(),
    })
    .strict(),
  'site:export-report': z.object({ jobId, format: z.enum(['csv', 'pdf']) }).strict(),
} as const satisfies Record<InvokeChannel, z.ZodType>;
