import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { JournalRecord } from '../../../../shared/site/journal-records.js';
import { ok } from '../../../../shared/result.js';
import { bindEvents } from '../../../../renderer/stores/bind-events.js';
import type { FakeInvisApi } from '../fake-invis-api.js';
import { useFakeBridge } from '../test-env.js';
import { renderSite, screenName } from './render-site.js';
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

const created = jobCreated([
  { label: 'Kitchen' },
  { label: 'Office' },
  { label: 'Hall' },
  { label: 'Lobby' },
  { label: 'Server room', critical: true },
]);
const begun: JournalRecord = { type: 'job-started', at: at(0) };
/** d1 running, d2 updated, d3 failed, d4 waiting, d5 held back (critical, unconfirmed). */
const midRun = [
  created,
  begun,
  started('d1'),
  started('d2'),
  finished('d2', 'updated'),
  started('d3'),
  finished('d3', 'failed', 12, 'Outlet: the update was declined.'),
  started('d5'),
  finished(
    'd5',
    'needs-confirmation',
    13,
    'Critical device: not restarted without a confirmation for it.',
  ),
];

const rowOf = (container: HTMLElement, id: string) =>
  container.querySelector(`[data-device-id="${id}"]`) as HTMLElement | null;
const statusOf = (container: HTMLElement, id: string) =>
  rowOf(container, id)?.querySelector('[data-status]')?.getAttribute('data-status');

/** The Run screen on the job these records make, events bound, d1 at 40 %. */
function showRun(api: FakeInvisApi, records: readonly JournalRecord[], seq = records.length - 1) {
  bindEvents(api);
  const view = jobView(jobAfter(records), seq, [
    {
      deviceId: 'd1',
      target: 'outlet',
      fraction: 0.4,
      status: 'Updating the outlet firmware: 40%',
      at: at(5),
    },
  ]);
  return renderSite('run', view);
}

describe('Site run', () => {
  const bridge = useFakeBridge();

  it('shows every device with a status chip in words, and live progress for running ones', () => {
    bridge.api().site.getJob.mockResolvedValue(ok(jobView(jobAfter(midRun), midRun.length - 1)));
    const { container } = showRun(bridge.api(), midRun);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Updating: Hotel Astoria');
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(['d1', 'd2', 'd3', 'd4', 'd5'].map((id) => statusOf(container, id))).toEqual([
      'running',
      'updated',
      'failed',
      'queued',
      'needs-confirmation',
    ]);
    expect(rowOf(container, 'd2')?.querySelector('[data-status]')).toHaveTextContent('Updated');
    expect(rowOf(container, 'd3')).toHaveTextContent('Outlet: the update was declined.');
    expect(screen.getByRole('progressbar', { name: 'Progress of Kitchen' })).toHaveAttribute(
      'aria-valuetext',
      '40% — Updating the outlet firmware: 40%',
    );
    act(() => bridge.api().site.emitJobChanged(progressEvent('d1', 0.7, 'Restarting the outlet')));
    expect(rowOf(container, 'd1')).toHaveTextContent('Restarting the outlet');
    expect(screen.getByText('3 of 5 devices done · 1 running · 1 waiting')).toBeInTheDocument();
  });

  it('filters the table with pressed toggle buttons', async () => {
    const user = userEvent.setup();
    bridge.api().site.getJob.mockResolvedValue(ok(jobView(jobAfter(midRun), midRun.length - 1)));
    const { container } = showRun(bridge.api(), midRun);
    const group = screen.getByRole('group', { name: 'Show devices' });
    const toggles = within(group).getAllByRole('button');
    expect(toggles.map((toggle) => toggle.textContent)).toEqual([
      'All (5)',
      'Running (1)',
      'Needs attention (2)',
      'Done (1)',
    ]);
    expect(toggles[0]).toHaveAttribute('aria-pressed', 'true');
    const shownIds = () =>
      [...container.querySelectorAll('tbody tr')].map((row) => row.getAttribute('data-device-id'));
    await user.click(screen.getByRole('button', { name: 'Needs attention (2)' }));
    expect(screen.getByRole('button', { name: 'Needs attention (2)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(toggles[0]).toHaveAttribute('aria-pressed', 'false');
    expect(shownIds()).toEqual(['d3', 'd5']);
    await user.click(screen.getByRole('button', { name: 'Running (1)' }));
    expect(shownIds()).toEqual(['d1']);
    await user.click(screen.getByRole('button', { name: 'Done (1)' }));
    expect(shownIds()).toEqual(['d2']);
  });

  it('pauses, resumes, changes the concurrency, and asks before cancelling', async () => {
    const user = userEvent.setup();
    const job = jobAfter(midRun);
    bridge.api().site.getJob.mockResolvedValue(ok(jobView(job, midRun.length - 1)));
    bridge.api().site.pause.mockResolvedValue(ok(job));
    bridge.api().site.setConcurrency.mockResolvedValue(ok(job));
    bridge.api().site.cancel.mockResolvedValue(ok(job));
    showRun(bridge.api(), midRun);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(bridge.api().site.pause).toHaveBeenCalledWith({ jobId: JOB_ID });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Devices at once' }), '5');
    expect(bridge.api().site.setConcurrency).toHaveBeenCalledWith({
      jobId: JOB_ID,
      concurrency: 5,
    });

    await user.click(screen.getByRole('button', { name: 'Cancel job' }));
    const confirm = screen.getByRole('region', { name: 'Cancel the job?' });
    expect(confirm).toHaveTextContent('Devices that are updating now finish their update first');
    expect(screen.getByRole('button', { name: 'Keep going' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Keep going' }));
    expect(bridge.api().site.cancel).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Cancel job' }));
    await user.click(screen.getByRole('button', { name: 'Yes, cancel the job' }));
    expect(bridge.api().site.cancel).toHaveBeenCalledWith({ jobId: JOB_ID });

    act(() =>
      bridge
        .api()
        .site.emitJobChanged(
          recordEvent(midRun.length, { type: 'job-paused', at: at(20), reason: 'user' }),
        ),
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Paused: Hotel Astoria');
    bridge.api().site.resume.mockResolvedValue(ok(job));
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(bridge.api().site.resume).toHaveBeenCalledWith({ jobId: JOB_ID });
  });

  it('says so when the job paused itself after 3 failures, and announces it politely', async () => {
    const records: JournalRecord[] = [created, begun];
    bridge.api().site.getJob.mockResolvedValue(ok(jobView(jobAfter(records), 1)));
    const { container } = showRun(bridge.api(), records, 1);
    const live = container.querySelector('[aria-live="polite"][data-announcement]');
    const emit = (seq: number, record: JournalRecord) =>
      act(() => bridge.api().site.emitJobChanged(recordEvent(seq, record)));
    emit(2, started('d1'));
    emit(3, finished('d1', 'failed'));
    expect(live).toHaveTextContent('Kitchen: Failed. 1 of 5 devices done.');
    emit(4, started('d2'));
    emit(5, finished('d2', 'unreachable'));
    emit(6, started('d3'));
    emit(7, finished('d3', 'failed'));
    emit(8, { type: 'job-paused', at: at(30), reason: 'failures' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Paused: Hotel Astoria');
    expect(
      screen.getByText('Something may be wrong on site — check the Wi-Fi, then Resume.'),
    ).toBeInTheDocument();
    expect(live).toHaveTextContent(/paused itself after 3 devices in a row failed/);
    // Retry is offered for the three that failed.
    expect(screen.getByRole('button', { name: 'Retry failed only (3)' })).toBeInTheDocument();
  });

  it('shows a disk problem as an alert and the pause it caused', () => {
    bridge.api().site.getJob.mockResolvedValue(ok(jobView(jobAfter([created, begun]), 1)));
    const { container } = showRun(bridge.api(), [created, begun], 1);
    const problem = {
      code: 'disk-full',
      message: 'The disk is full: could not write the job journal.',
    } as const;
    act(() => bridge.api().site.emitJobChanged(jobEvent(1, { type: 'problem', problem })));
    act(() =>
      bridge
        .api()
        .site.emitJobChanged(recordEvent(2, { type: 'job-paused', at: at(3), reason: 'disk' })),
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The disk is full: could not write the job journal.',
    );
    expect(container.querySelector('[data-pause-reason="disk"]')).toBeInTheDocument();
  });

  it('confirms a held-back critical device, retries failed ones, then opens the report', async () => {
    const user = userEvent.setup();
    const done: JournalRecord[] = [
      ...midRun,
      started('d4'),
      finished('d4', 'updated'),
      finished('d1', 'updated'),
      { type: 'job-finished', at: at(40) },
    ];
    const job = jobAfter(done);
    bridge.api().site.getJob.mockResolvedValue(ok(jobView(job, done.length - 1)));
    bridge.api().site.confirmCritical.mockResolvedValue(ok(job));
    bridge.api().site.retryFailed.mockResolvedValue(ok(job));
    const { container } = showRun(bridge.api(), done);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Finished: Hotel Astoria');
    expect(
      screen.getByText('5 devices: 3 updated, 1 failed, 1 need confirmation.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Confirm restart of Server room' }));
    expect(bridge.api().site.confirmCritical).toHaveBeenCalledWith({
      jobId: JOB_ID,
      deviceId: 'd5',
    });
    await user.click(screen.getByRole('button', { name: 'Retry failed only (1)' }));
    expect(bridge.api().site.retryFailed).toHaveBeenCalledWith({ jobId: JOB_ID });
    await user.click(screen.getByRole('button', { name: 'Open the report' }));
    await waitFor(() => expect(screenName(container)).toBe('report'));
  });
});
