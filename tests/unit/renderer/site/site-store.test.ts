import { describe, expect, it } from 'vitest';
import { ok } from '../../../../shared/result.js';
import { bindEvents } from '../../../../renderer/stores/bind-events.js';
import { useSiteStore } from '../../../../renderer/stores/site.store.js';
import { failure } from '../fake-invis-api.js';
import { useFakeBridge } from '../test-env.js';
import {
  JOB_ID,
  at,
  finished,
  jobAfter,
  jobCreated,
  jobEvent,
  jobView,
  progressEvent,
  recordEvent,
  started,
} from './site-fixtures.js';

const created = jobCreated([{ label: 'Kitchen' }, { label: 'Hall' }, { label: 'Lobby' }]);
const store = () => useSiteStore.getState();

describe('site store: snapshot, then subscribe', () => {
  const bridge = useFakeBridge();

  it('applies records with the shared reducer, in seq order, from the bound events', () => {
    bindEvents(bridge.api());
    store().actions.adopt(jobView(jobAfter([created])));
    const emit = bridge.api().site.emitJobChanged;
    emit(recordEvent(1, { type: 'job-started', at: at(0) }));
    emit(recordEvent(2, started('d1')));
    expect(store().job?.control).toBe('running');
    expect(store().job?.devices.d1?.status).toBe('running');
    expect(store().announcement).toBe('The job has started.');
    emit(recordEvent(3, finished('d1', 'updated')));
    expect(store().job?.devices.d1).toMatchObject({ status: 'done', result: 'updated' });
    expect(store().announcement).toBe('Kitchen: Updated. 1 of 3 devices done.');
    expect(store().seq).toBe(3);
  });

  it('ignores events of other jobs and records the snapshot already holds', () => {
    const job = jobAfter([created, { type: 'job-started', at: at(0) }, started('d1')]);
    store().actions.adopt(jobView(job, 2));
    store().actions.applyEvent(recordEvent(3, finished('d1', 'failed'), 'another-job'));
    expect(store().job).toBe(job);
    store().actions.applyEvent(recordEvent(2, started('d1')));
    expect(store().job).toBe(job);
    store().actions.applyEvent(progressEvent('d2', 0.5, 'x'));
    store().actions.applyEvent({ ...progressEvent('d2', 0.5, 'x'), jobId: 'another-job' });
    expect(Object.keys(store().progress)).toEqual(['d2']);
  });

  it('takes a snapshot only when it is newer than what the events built', async () => {
    const job = jobAfter([created]);
    store().actions.adopt(jobView(job, 0));
    store().actions.applyEvent(recordEvent(1, { type: 'job-started', at: at(0) }));
    store().actions.applyEvent(recordEvent(2, started('d1')));
    const stale = jobView(jobAfter([created, { type: 'job-started', at: at(0) }]), 1);
    bridge.api().site.getJob.mockResolvedValueOnce(ok(stale));
    await store().actions.sync();
    expect(store().job?.devices.d1?.status).toBe('running');
    const newer = jobAfter([
      created,
      { type: 'job-started', at: at(0) },
      started('d1'),
      finished('d1', 'updated'),
    ]);
    bridge.api().site.getJob.mockResolvedValueOnce(ok(jobView(newer, 3)));
    await store().actions.sync();
    expect(store().job).toEqual(newer);
    expect(bridge.api().site.getJob).toHaveBeenCalledWith({ jobId: JOB_ID });
  });

  it('replaces live progress per device and drops it when the device finishes', () => {
    store().actions.adopt(
      jobView(jobAfter([created, { type: 'job-started', at: at(0) }, started('d1')]), 2),
    );
    store().actions.applyEvent(progressEvent('d1', 0.2, 'Updating the outlet firmware: 20%'));
    store().actions.applyEvent(progressEvent('d1', 0.4, 'Updating the outlet firmware: 40%'));
    expect(store().progress.d1?.status).toBe('Updating the outlet firmware: 40%');
    store().actions.applyEvent(recordEvent(3, finished('d1', 'updated')));
    expect(store().progress.d1).toBeUndefined();
    // A progress push that overtook nothing but arrives late is not shown for a done device.
    store().actions.applyEvent(progressEvent('d1', 0.9, 'late'));
    expect(store().progress.d1).toBeUndefined();
  });

  it('keeps a problem until the job resumes, and says why the job paused', () => {
    store().actions.adopt(jobView(jobAfter([created, { type: 'job-started', at: at(0) }]), 1));
    const problem = { code: 'disk-full', message: 'The disk is full.' } as const;
    store().actions.applyEvent(jobEvent(1, { type: 'problem', problem }));
    store().actions.applyEvent(recordEvent(2, { type: 'job-paused', at: at(3), reason: 'disk' }));
    expect(store().problem).toEqual(problem);
    expect(store().announcement).toMatch(/file could not be written/);
    store().actions.applyEvent(recordEvent(3, { type: 'job-resumed', at: at(4) }));
    expect(store().problem).toBeNull();
    expect(store().job?.control).toBe('running');
  });

  it('reports a failed control verb, and syncs after one that worked', async () => {
    const job = jobAfter([created]);
    store().actions.adopt(jobView(job));
    bridge.api().site.start.mockResolvedValueOnce(failure('disk', 'The disk is full.'));
    expect(await store().actions.start()).toBe(false);
    expect(store().control).toMatchObject({
      name: 'failed',
      verb: 'start',
      error: { code: 'disk' },
    });
    bridge.api().site.pause.mockResolvedValueOnce(ok(job));
    bridge.api().site.getJob.mockResolvedValueOnce(ok(jobView(job, 5)));
    expect(await store().actions.pause()).toBe(true);
    expect(store().control).toEqual({ name: 'idle' });
    expect(store().seq).toBe(5);
  });
});
