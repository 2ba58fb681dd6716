import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { JournalRecord } from '../../../../shared/site/journal-records.js';
import { ok } from '../../../../shared/result.js';
import { failure } from '../fake-invis-api.js';
import { useFakeBridge } from '../test-env.js';
import { renderSite, screenName } from './render-site.js';
import { JOB_ID, at, finished, jobAfter, jobCreated, jobView, started } from './site-fixtures.js';

const records: JournalRecord[] = [
  jobCreated([{ label: 'Kitchen' }, { label: 'Hall' }]),
  { type: 'job-started', at: at(0) },
  started('d1'),
  finished('d1', 'updated', 20),
  started('d2'),
  finished('d2', 'failed', 25, 'Outlet: the update was declined.'),
  { type: 'job-finished', at: at(30) },
];

describe('Site report', () => {
  const bridge = useFakeBridge();

  it('shows the totals and each device’s outcome', () => {
    const { container } = renderSite('report', jobView(jobAfter(records)));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Report: Hotel Astoria');
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(container.querySelector('[data-totals]')).toHaveTextContent(
      '2 devices: 1 updated, 1 failed.',
    );
    expect(container.querySelector('dl')).toHaveTextContent('TechnicianAda');
    const hall = container.querySelector('[data-device-id="d2"]');
    expect(hall?.querySelector('[data-status]')).toHaveAttribute('data-status', 'failed');
    expect(hall).toHaveTextContent('Outlet: the update was declined.');
    expect(screen.getByRole('rowheader', { name: /Kitchen/ })).toBeInTheDocument();
  });

  it('exports CSV and shows where it went; a PDF that fails says why', async () => {
    const user = userEvent.setup();
    const { container } = renderSite('report', jobView(jobAfter(records)));
    bridge
      .api()
      .site.exportReport.mockResolvedValueOnce(
        ok({ path: '/home/ada/Documents/hotel-astoria-report-2025-01-15.csv' }),
      );
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(bridge.api().site.exportReport).toHaveBeenCalledWith({ jobId: JOB_ID, format: 'csv' });
    expect(await screen.findByText(/was saved to/)).toHaveTextContent(
      'The CSV report was saved to /home/ada/Documents/hotel-astoria-report-2025-01-15.csv.',
    );
    expect(container.querySelector('[role="status"][data-export-status="saved"]')).not.toBeNull();

    bridge
      .api()
      .site.exportReport.mockResolvedValueOnce(
        failure('disk', 'The disk is full: could not write the report (/media/usb/r.pdf).'),
      );
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The PDF report was not saved');
    expect(alert).toHaveTextContent('/media/usb/r.pdf');
    expect(screen.queryByText(/was saved to/)).toBeNull();
  });

  it('says plainly when the save dialog was closed, and can start a new job', async () => {
    const user = userEvent.setup();
    const { container } = renderSite('report', jobView(jobAfter(records)));
    bridge.api().site.exportReport.mockResolvedValueOnce(ok(null));
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    expect(await screen.findByText('Not saved: the save dialog was closed.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start a new job' }));
    await waitFor(() => expect(screenName(container)).toBe('setup'));
  });

  it('renames a device at handover: Enter saves, the report shows the new name, focus returns', async () => {
    const user = userEvent.setup();
    renderSite('report', jobView(jobAfter(records), records.length));
    const renamed: JournalRecord = {
      type: 'label-changed',
      at: at(40),
      deviceId: 'd2',
      label: 'Hall, by the door',
    };
    const after = jobAfter([...records, renamed]);
    bridge.api().site.renameDevice.mockResolvedValueOnce(ok(after));
    bridge.api().site.getJob.mockResolvedValue(ok(jobView(after, records.length + 1)));

    await user.click(screen.getByRole('button', { name: 'Rename Hall' }));
    const field = screen.getByRole('textbox', { name: 'New name for Hall' });
    expect(field).toHaveFocus();
    await user.keyboard('Hall, by the door{Enter}');

    expect(bridge.api().site.renameDevice).toHaveBeenCalledWith({
      jobId: JOB_ID,
      deviceId: 'd2',
      label: 'Hall, by the door',
    });
    const button = await screen.findByRole('button', { name: 'Rename Hall, by the door' });
    await waitFor(() => expect(button).toHaveFocus());
    expect(screen.getByRole('rowheader', { name: /Hall, by the door/ })).toBeInTheDocument();
  });

  it('an empty name is explained and nothing is sent; Escape keeps the old name', async () => {
    const user = userEvent.setup();
    renderSite('report', jobView(jobAfter(records)));
    await user.click(screen.getByRole('button', { name: 'Rename Kitchen' }));
    const field = screen.getByRole('textbox', { name: 'New name for Kitchen' });
    await user.clear(field);
    await user.keyboard('{Enter}');
    expect(field).toHaveAccessibleDescription(/Enter a name for this device/);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(bridge.api().site.renameDevice).not.toHaveBeenCalled();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'New name for Kitchen' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Rename Kitchen' })).toHaveFocus();
  });

  it('a rename main could not record says why and keeps the form open', async () => {
    const user = userEvent.setup();
    renderSite('report', jobView(jobAfter(records)));
    bridge
      .api()
      .site.renameDevice.mockResolvedValueOnce(
        failure('disk', 'The disk is full: the journal could not be written.'),
      );
    await user.click(screen.getByRole('button', { name: 'Rename Kitchen' }));
    await user.keyboard('Kitchen, left{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(/Could not rename the device/);
    expect(screen.getByRole('textbox', { name: 'New name for Kitchen' })).toHaveValue(
      'Kitchen, left',
    );
  });

  it('corrects the site and technician names for the report; focus returns to the button', async () => {
    const user = userEvent.setup();
    const { container } = renderSite('report', jobView(jobAfter(records), records.length));
    const changed: JournalRecord = {
      type: 'details-changed',
      at: at(40),
      site: 'Hotel Astoria, east wing',
      technician: 'Ada Lovelace',
    };
    const after = jobAfter([...records, changed]);
    bridge.api().site.changeDetails.mockResolvedValueOnce(ok(after));
    bridge.api().site.getJob.mockResolvedValue(ok(jobView(after, records.length + 1)));

    await user.click(screen.getByRole('button', { name: 'Change site details' }));
    const siteField = screen.getByRole('textbox', { name: 'Site name' });
    expect(siteField).toHaveFocus();
    await user.clear(siteField);
    await user.type(siteField, 'Hotel Astoria, east wing');
    await user.clear(screen.getByRole('textbox', { name: 'Technician' }));
    await user.type(screen.getByRole('textbox', { name: 'Technician' }), 'Ada Lovelace{Enter}');

    expect(bridge.api().site.changeDetails).toHaveBeenCalledWith({
      jobId: JOB_ID,
      site: 'Hotel Astoria, east wing',
      technician: 'Ada Lovelace',
    });
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        'Report: Hotel Astoria, east wing',
      ),
    );
    expect(container.querySelector('dl')).toHaveTextContent('TechnicianAda Lovelace');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Change site details' })).toHaveFocus(),
    );
  });

  it('a site needs a name: explained, nothing sent; Escape closes the form', async () => {
    const user = userEvent.setup();
    renderSite('report', jobView(jobAfter(records)));
    await user.click(screen.getByRole('button', { name: 'Change site details' }));
    const siteField = screen.getByRole('textbox', { name: 'Site name' });
    await user.clear(siteField);
    await user.keyboard('{Enter}');
    expect(siteField).toHaveAccessibleDescription(/Enter the site name/);
    expect(bridge.api().site.changeDetails).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Site details' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Change site details' })).toHaveFocus();
  });
});
