import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventMap } from '../../../shared/ipc/contract.js';
import type { SiteDeviceInput } from '../../../shared/site/site-device.js';
import { err } from '../../../shared/result.js';
import type { Connector } from '../../../electron/outlet/connectors.js';
import {
  createSiteHandlers,
  type SiteFiles,
  type SiteHandlersHandle,
} from '../../../electron/services/site-handlers.js';
import type { PowerState } from '../../../electron/site/power-source.js';
import { systemClock } from '../../../electron/support/clock.js';

/** Every connection is refused at once: devices are "unreachable", no socket is opened. */
export const refusingConnector: Connector = async (_kind, endpoint) =>
  err({ code: 'refused', message: `connect ECONNREFUSED ${endpoint.host}` });

export function devices(count: number, critical: readonly number[] = []): SiteDeviceInput[] {
  return Array.from({ length: count }, (_, index) => ({
    label: `Room ${index + 1}`,
    address: { host: `192.0.2.${index + 1}`, tcpPort: null, wsPort: null },
    critical: critical.includes(index),
  }));
}

export interface FakeFiles {
  /** What the fake dialog answers next: a path, or null for "cancelled". */
  answer: string | null;
  renderPdf: (html: string) => Promise<Uint8Array>;
}

export interface SiteHarness {
  readonly dataDir: string;
  readonly site: SiteHandlersHandle;
  readonly events: Array<EventMap['site:job-changed']>;
  readonly saves: Array<{ defaultName: string; format: 'csv' | 'pdf' }>;
  /** Steers the fake save dialog and PDF printer. */
  readonly fake: FakeFiles;
  readonly files: SiteFiles;
  /** Resolves when the job emits `idle` (no device runs any more). */
  idle(jobId: string): Promise<void>;
  close(): Promise<void>;
}

/** The real site handlers (SiteService, journals on disk) in a temp folder, no network. */
export async function siteHarness(power: PowerState = 'ac'): Promise<SiteHarness> {
  const dataDir = await mkdtemp(join(tmpdir(), 'invis-site-handlers-'));
  const events: Array<EventMap['site:job-changed']> = [];
  const waiters: Array<{ jobId: string; resolve: () => void }> = [];
  const saves: SiteHarness['saves'] = [];
  const fake: FakeFiles = {
    answer: join(dataDir, 'report.csv'),
    renderPdf: async (html) => new TextEncoder().encode(`PDF of ${html.length} chars`),
  };
  const files: SiteFiles = {
    chooseSavePath: async (defaultName, format) => {
      saves.push({ defaultName, format });
      return fake.answer;
    },
    renderPdf: (html) => fake.renderPdf(html),
  };
  const site = createSiteHandlers({
    dataDir,
    clock: systemClock,
    log: { info: () => undefined, warn: () => undefined },
    emit: (channel, payload) => {
      if (channel !== 'site:job-changed') return;
      const event = payload as EventMap['site:job-changed'];
      events.push(event);
      if (event.event.type !== 'idle') return;
      for (const waiter of waiters.filter((entry) => entry.jobId === event.jobId)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    },
    files,
    connector: refusingConnector,
    power: { read: async () => power },
  });
  return {
    dataDir,
    site,
    events,
    saves,
    fake,
    files,
    idle: (jobId) => new Promise((resolve) => waiters.push({ jobId, resolve })),
    close: async () => {
      await site.dispose();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
