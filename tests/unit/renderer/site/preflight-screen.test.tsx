import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../../shared/result.js';
import { bindEvents } from '../../../../renderer/stores/bind-events.js';
import { failure } from '../fake-invis-api.js';
import { useFakeBridge } from '../test-env.js';
import { renderSite, screenName } from './render-site.js';
import {
  JOB_ID,
  at,
  current,
  jobAfter,
  jobCreated,
  jobView,
  preflightView,
  reachable,
  recordEvent,
  unreachable,
} from './site-fixtures.js';

const created = jobCreated([
  { label: 'Kitchen' },
  { label: 'Office' },
  { label: 'Server room', critical: true },
]);

const row = (container: HTMLElement, id: string) =>
  container.querySelector(`[data-device-id="${id}"]`) as HTMLElement;

describe('Site pre-flight', () => {
  const bridge = useFakeBridge();

  it('shows each device’s check, the totals, the estimate and the battery warning', async () => {
    const view = preflightView([reachable, current, unreachable], 'battery');
    bridge.api().site.preflight.mockResolvedValueOnce(ok(view));
    const { container } = renderSite('preflight', jobView(jobAfter([created])));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Pre-flight: Hotel Astoria',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(screen.getByText('Checking 3 devices…')).toBeInTheDocument();
    await screen.findByRole('table', { name: 'Devices checked' });
    expect(bridge.api().site.preflight).toHaveBeenCalledWith({ jobId: JOB_ID });

    const kitchen = within(row(container, 'd1'));
    expect(kitchen.getByRole('rowheader')).toHaveTextContent('Kitchen192.0.2.1');
    expect(row(container, 'd1')).toHaveTextContent('revA');
    expect(row(container, 'd1')).toHaveTextContent('1.0.0 → 1.1.0');
    expect(row(container, 'd1')).toHaveTextContent('0.5.0 → 0.5.1online');
    expect(row(container, 'd1')).toHaveTextContent('Outlet, then Deco');
    expect(row(container, 'd2')).toHaveTextContent('Nothing: up to date');
    expect(within(row(container, 'd2')).getAllByRole('cell')[3]).toHaveTextContent('None');
    expect(row(container, 'd3')).toHaveTextContent('No: connect ECONNREFUSED');
    expect(row(container, 'd3')).toHaveTextContent('Unknown: the device could not be checked');
    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual([
      'Device',
      'Reachable',
      'Hardware',
      'Outlet',
      'Web UI',
      'Deco',
      'Will update',
      'Critical',
    ]);

    expect(container.querySelector('dl')).toHaveTextContent(
      'Reachable2 of 3 devicesTo update2 of 3 devicesEstimated timeabout 13 min, 3 at once',
    );
    expect(screen.getByText('This computer is running on battery.')).toBeInTheDocument();
  });

  it('needs a per-device "Confirm restart" for a critical device, and explains why', async () => {
    bindEvents(bridge.api());
    const user = userEvent.setup();
    bridge
      .api()
      .site.preflight.mockResolvedValueOnce(ok(preflightView([reachable, reachable, reachable])));
    const job = jobAfter([created]);
    const { container } = renderSite('preflight', jobView(job));
    await screen.findByRole('table', { name: 'Devices checked' });
    expect(screen.getByText(/sockets of a critical device lose power briefly/)).toBeInTheDocument();
    expect(screen.getByText(/1 of 1 not confirmed yet/)).toBeInTheDocument();
    expect(within(row(container, 'd1')).queryByRole('button')).toBeNull();

    const confirmed = { type: 'critical-confirmed', at: at(1), deviceId: 'd3' } as const;
    bridge.api().site.confirmCritical.mockImplementationOnce(async () => {
      bridge.api().site.emitJobChanged(recordEvent(1, confirmed));
      return ok(jobAfter([created, confirmed]));
    });
    bridge.api().site.getJob.mockResolvedValue(ok(jobView(jobAfter([created, confirmed]), 1)));
    await user.click(screen.getByRole('button', { name: 'Confirm restart of Server room' }));
    expect(bridge.api().site.confirmCritical).toHaveBeenCalledWith({
      jobId: JOB_ID,
      deviceId: 'd3',
    });
    await waitFor(() =>
      expect(row(container, 'd3').querySelector('[data-critical="confirmed"]')).toHaveTextContent(
        'Confirmed',
      ),
    );
    expect(screen.queryByText(/not confirmed yet/)).toBeNull();
  });

  it('starts the job and moves on to Run; a failed start says why and stays', async () => {
    const user = userEvent.setup();
    bridge
      .api()
      .site.preflight.mockResolvedValue(ok(preflightView([reachable, reachable, current])));
    const job = jobAfter([created]);
    const { container } = renderSite('preflight', jobView(job));
    await screen.findByRole('table', { name: 'Devices checked' });
    bridge.api().site.start.mockResolvedValueOnce(failure('disk', 'Could not write the journal.'));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not write the journal.');
    expect(screenName(container)).toBe('preflight');

    const running = jobAfter([created, { type: 'job-started', at: at(1) }]);
    bridge.api().site.start.mockResolvedValueOnce(ok(running));
    bridge.api().site.getJob.mockResolvedValue(ok(jobView(running, 1)));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(screenName(container)).toBe('run'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Updating: Hotel Astoria');
  });

  it('reports a pre-flight that could not run, and checks again on request', async () => {
    const user = userEvent.setup();
    bridge.api().site.preflight.mockResolvedValueOnce(failure('busy', 'The job is busy.'));
    renderSite('preflight', jobView(jobAfter([created])));
    expect(await screen.findByRole('alert')).toHaveTextContent('The devices could not be checked');
    bridge
      .api()
      .site.preflight.mockResolvedValueOnce(ok(preflightView([reachable, reachable, reachable])));
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    await screen.findByRole('table', { name: 'Devices checked' });
    await act(async () => undefined);
    expect(bridge.api().site.preflight).toHaveBeenCalledTimes(2);
  });
});
