import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../../shared/result.js';
import { isResumable } from '../../../../renderer/stores/site-history.store.js';
import { failure } from '../fake-invis-api.js';
import { useFakeBridge } from '../test-env.js';
import { renderSite, screenName } from './render-site.js';
import { JOB_ID, at, finished, jobAfter, jobCreated, jobView, started } from './site-fixtures.js';

const created = jobCreated([{ label: 'Kitchen' }, { label: 'Hall' }, { label: 'Lobby' }]);
const interrupted = jobAfter([
  created,
  { type: 'job-started', at: at(0) },
  started('d1'),
  finished('d1', 'updated'),
  started('d2'),
]);

describe('an interrupted job is offered on set-up', () => {
  const bridge = useFakeBridge();

  it('knows which jobs are worth resuming', () => {
    expect(isResumable(interrupted)).toBe(true);
    expect(isResumable(jobAfter([created]))).toBe(false); // abandoned at pre-flight
    expect(isResumable(jobAfter([created, started('d1')]))).toBe(true);
    expect(isResumable(jobAfter([created, { type: 'job-finished', at: at(1) }]))).toBe(false);
  });

  it('shows it, then opens and resumes it on "Resume this job"', async () => {
    const user = userEvent.setup();
    bridge.api().site.listJobs.mockResolvedValueOnce(ok([jobAfter([created]), interrupted]));
    bridge.api().site.openJob.mockResolvedValueOnce(ok(jobView(interrupted, 0)));
    bridge.api().site.start.mockResolvedValueOnce(ok(interrupted));
    bridge.api().site.getJob.mockResolvedValue(ok(jobView(interrupted, 0)));
    const { container } = renderSite('setup');
    const banner = await screen.findByRole('region', { name: /An interrupted job was found/ });
    expect(banner).toHaveTextContent(
      'An interrupted job was found: Hotel Astoria, 1 of 3 devices done',
    );
    await user.click(screen.getByRole('button', { name: 'Resume this job' }));
    expect(bridge.api().site.openJob).toHaveBeenCalledWith({ jobId: JOB_ID });
    await waitFor(() => expect(screenName(container)).toBe('run'));
    expect(bridge.api().site.start).toHaveBeenCalledWith({ jobId: JOB_ID });
  });

  it('says why it could not be opened; "Not now" hides it', async () => {
    const user = userEvent.setup();
    bridge.api().site.listJobs.mockResolvedValue(ok([interrupted]));
    bridge.api().site.openJob.mockResolvedValueOnce(failure('disk', 'Permission denied.'));
    renderSite('setup');
    await user.click(await screen.findByRole('button', { name: 'Resume this job' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not resume the job');
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('region', { name: /interrupted job/ })).toBeNull();
  });
});
