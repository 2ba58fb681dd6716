import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DiscoveredDevice } from '../../../../shared/site/discovered-device.js';
import { ok } from '../../../../shared/result.js';
import { bindEvents } from '../../../../renderer/stores/bind-events.js';
import { failure } from '../fake-invis-api.js';
import { useFakeBridge } from '../test-env.js';
import { renderSite, screenName } from './render-site.js';
import { jobAfter, jobCreated, jobView } from './site-fixtures.js';

const CSV = [
  'address,label,critical',
  '192.168.1.20,Kitchen,yes',
  '192.168.1.21,Hall,maybe',
  '# a comment line',
  'http://bad/,Attic,no',
  '192.168.1.22:3333,Lobby,no',
  '192.168.1.20,Kitchen again,no',
  '192.168.1.30,Office,no',
].join('\n');

function found(serial: string, host: string): DiscoveredDevice {
  return {
    serial,
    address: { host, tcpPort: null, wsPort: null },
    model: 'InvisOutlet',
    hardwareRevision: 'revB',
    transport: 'tcp',
    outletVersion: '1.4.0',
    deco: null,
    hostname: null,
    sources: ['scan'],
    seenAt: 0,
    movedFrom: null,
  };
}

const deviceRows = () =>
  within(screen.getByRole('table')).getAllByRole('row').slice(1) as HTMLElement[];

describe('Site set-up', () => {
  const bridge = useFakeBridge();

  it('imports a CSV: good rows load, each bad row and duplicate is listed by line', async () => {
    const user = userEvent.setup();
    renderSite('setup');
    await user.type(screen.getByRole('textbox', { name: /^Address/ }), '192.168.1.30');
    await user.click(screen.getByRole('button', { name: 'Add device' }));
    const file = new File([CSV], 'site.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('CSV file'), file);
    const outcome = await screen.findByText(/added from site\.csv/, { selector: '.notice-title' });
    expect(outcome).toHaveTextContent(
      '2 devices added from site.csv; 2 rows did not load; 2 duplicates skipped.',
    );
    const notice = outcome.closest('[data-csv-outcome]') as HTMLElement;
    expect(notice).toHaveTextContent('Line 3: critical must be yes or no (got "maybe").');
    expect(notice).toHaveTextContent(/Line 5: address "http:\/\/bad\/":/);
    expect(notice).toHaveTextContent('Line 7: same device as line 2; dropped.');
    expect(notice).toHaveTextContent('Line 8: already in the list; skipped.');
    expect(screen.getByRole('heading', { name: 'Devices in this job (3)' })).toBeInTheDocument();
    expect(deviceRows().map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      '192.168.1.30',
      '192.168.1.20',
      '192.168.1.22',
    ]);
    expect(screen.getByRole('checkbox', { name: 'Critical: Kitchen' })).toBeChecked();
  });

  it('adds by address (host, host:port, IPv6), refuses bad and duplicate ones, and removes', async () => {
    const user = userEvent.setup();
    renderSite('setup');
    const address = screen.getByRole('textbox', { name: /^Address/ });
    const label = screen.getByRole('textbox', { name: /^Label/ });
    await user.type(address, '[[fe80::1]:4000');
    await user.type(label, 'Server room');
    await user.click(screen.getByRole('checkbox', { name: 'Critical' }));
    await user.click(screen.getByRole('button', { name: 'Add device' }));
    expect(address).toHaveValue('');
    expect(address).toHaveFocus();
    expect(screen.getByRole('rowheader', { name: '[fe80::1] (tcp 4000)' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Critical: Server room' })).toBeChecked();

    await user.type(address, 'fe80::1:4000');
    await user.click(screen.getByRole('button', { name: 'Add device' }));
    await user.clear(address);
    await user.type(address, 'http://outlet/');
    await user.click(screen.getByRole('button', { name: 'Add device' }));
    expect(address).toHaveAttribute('aria-invalid', 'true');
    expect(address).toHaveAccessibleDescription(/without http:\/\//);
    await user.clear(address);
    await user.type(address, '[[fe80::1]:4000');
    await user.click(screen.getByRole('button', { name: 'Add device' }));
    expect(address).toHaveAccessibleDescription(/already on the list/);

    await user.type(screen.getByRole('textbox', { name: 'Label for [fe80::1:4000]' }), ' (rack)');
    expect(screen.getByRole('textbox', { name: 'Label for [fe80::1:4000]' })).toHaveValue(
      'fe80::1:4000 (rack)',
    );
    await user.click(screen.getByRole('button', { name: 'Remove Server room' }));
    expect(screen.getByRole('heading', { name: 'Devices in this job (1)' })).toBeInTheDocument();
  });

  it('scans with progress, then adds one found outlet, or all of them', async () => {
    bindEvents(bridge.api());
    const user = userEvent.setup();
    const devices = [found('SN1', '192.168.1.40'), found('SN2', '192.168.1.41')];
    let resolve: () => void = () => undefined;
    bridge.api().site.scan.mockImplementationOnce(
      () =>
        new Promise((done) => {
          resolve = () => done(ok({ devices, probed: 254 }));
        }),
    );
    renderSite('setup');
    await user.type(screen.getByRole('textbox', { name: /^Subnet/ }), '192.168.1.0/24');
    await user.click(screen.getByRole('button', { name: 'Scan the network' }));
    expect(bridge.api().site.scan).toHaveBeenCalledWith({ subnet: '192.168.1.0/24' });
    act(() => bridge.api().site.emitScanProgressed({ probed: 127, total: 254, found: 1 }));
    expect(screen.getByRole('progressbar', { name: 'Scan progress' })).toHaveAttribute(
      'aria-valuetext',
      'Probed 127 of 254 addresses, 1 outlet found',
    );
    await act(async () => resolve());
    expect(screen.getByText('2 outlets found (254 addresses probed).')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add SN1' }));
    expect(screen.getByRole('button', { name: 'Add all (1)' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Add all (1)' }));
    expect(screen.getByRole('button', { name: 'Add all (0)' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Label for 192.168.1.41' })).toHaveValue('SN2');
  });

  it('needs a site name and a device, then creates the job and opens pre-flight', async () => {
    const user = userEvent.setup();
    const { container } = renderSite('setup');
    await user.click(screen.getByRole('button', { name: 'Create job' }));
    expect(screen.getByRole('textbox', { name: 'Site name' })).toHaveAccessibleDescription(
      /Enter the site name/,
    );
    expect(screen.getByText(/Add at least one device/)).toBeInTheDocument();
    expect(bridge.api().site.createJob).not.toHaveBeenCalled();

    await user.type(screen.getByRole('textbox', { name: 'Site name' }), 'Hotel Astoria');
    await user.type(screen.getByRole('textbox', { name: /^Technician/ }), 'Ada');
    await user.selectOptions(
      screen.getByRole('combobox', { name: /Devices updated at once/ }),
      '5',
    );
    await user.type(screen.getByRole('textbox', { name: /^Address/ }), '192.168.1.20');
    await user.type(screen.getByRole('textbox', { name: /^Label/ }), 'Kitchen');
    await user.click(screen.getByRole('button', { name: 'Add device' }));
    const view = jobView(jobAfter([jobCreated([{ label: 'Kitchen' }], 5)]));
    bridge.api().site.createJob.mockResolvedValueOnce(ok(view));
    await user.click(screen.getByRole('button', { name: 'Create job' }));
    expect(bridge.api().site.createJob).toHaveBeenCalledWith({
      site: 'Hotel Astoria',
      technician: 'Ada',
      concurrency: 5,
      devices: [
        {
          label: 'Kitchen',
          address: { host: '192.168.1.20', tcpPort: null, wsPort: null },
          critical: false,
        },
      ],
    });
    await waitFor(() => expect(screenName(container)).toBe('preflight'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('shows why the job was not created (a disk error, in words with the file)', async () => {
    const user = userEvent.setup();
    renderSite('setup');
    await user.type(screen.getByRole('textbox', { name: 'Site name' }), 'X');
    await user.type(screen.getByRole('textbox', { name: /^Address/ }), '192.168.1.20');
    await user.click(screen.getByRole('button', { name: 'Add device' }));
    bridge
      .api()
      .site.createJob.mockResolvedValueOnce(
        failure('disk', 'The disk is full: could not write the job journal (/data/x.jsonl).'),
      );
    await user.click(screen.getByRole('button', { name: 'Create job' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The job was not created');
    expect(alert).toHaveTextContent('/data/x.jsonl');
  });
});
