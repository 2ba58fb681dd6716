import { StepNotJournaled, type DeviceWork } from '../../../electron/site/device-work.js';
import { JobStore } from '../../../electron/site/job-store.js';
import { SiteJob } from '../../../electron/site/site-job.js';
import { silentLogger } from '../../../electron/support/logger.js';
import type { DeviceResult } from '../../../shared/site/device-result.js';
import type { DeviceState } from '../../../shared/site/job-state.js';
import type { SiteEvent } from '../../../shared/site/site-events.js';
import { ManualClock } from '../../fakes/manual-clock.js';
import { MemoryFs } from './memory-fs.js';
import { deviceInput } from './site-fixtures.js';

/** What the fake device work does once the test releases a device. */
export type Release = DeviceResult | 'step-then-updated';

/** Lets queued promise callbacks and in-memory "disk" writes run to completion. */
export async function drain(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * A SiteJob over an in-memory journal with fake device work: each device waits until the test
 * releases it with a result, so the order of events is the test's to choose.
 */
export async function siteJobHarness(count: number, concurrency: number) {
  const fs = new MemoryFs();
  const clock = new ManualClock();
  const store = new JobStore('/data', fs, () => clock.now());
  const created = await store.create({
    site: 'Astoria',
    technician: 'Ada',
    concurrency,
    devices: Array.from({ length: count }, (_, i) => deviceInput(i + 1)),
  });
  if (!created.ok) throw new Error(created.error.message);
  const gates = new Map<string, (release: Release) => void>();
  const started: string[] = [];
  const seen: DeviceState[] = [];
  const work: DeviceWork = async (context) => {
    const id = context.device.spec.id;
    started.push(id);
    seen.push(context.device);
    const release = await new Promise<Release>((resolve) => gates.set(id, resolve));
    gates.delete(id);
    let result: DeviceResult;
    if (release === 'step-then-updated') {
      const from = { outlet: '1.4.0', web: null, deco: null };
      const step = {
        type: 'step-started',
        at: clock.now(),
        deviceId: id,
        target: 'outlet',
        serial: `SN-${id}`,
        from,
      } as const;
      if (!(await context.commit(step, true))) throw new StepNotJournaled(id);
      result = 'updated';
    } else result = release;
    await context.commit(
      { type: 'device-finished', at: clock.now(), deviceId: id, result, reason: null, after: null },
      false,
    );
  };
  const events: SiteEvent[] = [];
  const job = new SiteJob(created.value.state, {
    journal: created.value.journal,
    work,
    clock,
    log: silentLogger,
  });
  job.onEvent((event) => events.push(event));
  const release = async (id: string, how: Release) => {
    const gate = gates.get(id);
    if (!gate) throw new Error(`${id} is not running (running: ${[...gates.keys()].join(', ')})`);
    gate(how);
    await drain();
  };
  return {
    job,
    fs,
    store,
    clock,
    started,
    seen,
    events,
    release,
    running: () => [...gates.keys()],
    path: created.value.journal.path,
    work,
  };
}
