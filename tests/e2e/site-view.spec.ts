import { readFileSync } from 'node:fs';
import { expect, test } from './support/app-fixture.js';
import { shownAddress, startSite, type SiteOutlet } from './support/site-fleet.js';

/** Four outlets the scan of 127.0.0.0/29 finds, and one added by hand outside that range. */
const SITE: SiteOutlet[] = [
  {
    label: 'Kitchen',
    host: '127.0.0.2',
    options: { rev: 'B', deco: 'online' },
    critical: false,
    outcome: 'updated',
  },
  {
    label: 'Office',
    host: '127.0.0.3',
    options: { rev: 'A', deco: 'none', scenario: 'already-current' },
    critical: false,
    outcome: 'already-current',
  },
  {
    label: 'Hall',
    host: '127.0.0.4',
    options: { rev: 'A', deco: 'none', scenario: 'false-success' },
    critical: false,
    outcome: 'failed',
  },
  {
    label: 'Server room',
    host: '127.0.0.5',
    options: { rev: 'B', deco: 'none' },
    critical: true,
    outcome: 'updated',
  },
];
const LOBBY: SiteOutlet = {
  label: 'Lobby',
  host: '127.0.0.9',
  options: { rev: 'B', deco: 'none' },
  critical: false,
  outcome: 'updated',
};

test('site: scan, import, pre-flight with a critical confirmation, run, export the report', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const ports = await startSite(app, [...SITE, LOBBY]);
  app.setPower('battery');
  const { page } = app;
  await app.open();

  // Switch to the Site view: the mode switch marks the shown mode, focus lands on the h1.
  await page
    .getByRole('navigation', { name: 'Mode' })
    .getByRole('button', { name: 'Site' })
    .click();
  await expect(page.getByRole('button', { name: 'Site' })).toHaveAttribute('aria-current', 'page');
  const setup = page.locator('[data-site-screen="setup"]');
  await expect(setup.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('textbox', { name: 'Site name' }).fill('Hotel Astoria');
  await page.getByRole('textbox', { name: 'Technician' }).fill('Ada');

  // Scan a small loopback range on the simulators' ports; add everything it finds.
  await page.getByRole('textbox', { name: 'Subnet (optional)' }).fill('127.0.0.0/29');
  await page.getByText('Advanced scan settings').click();
  await page.getByRole('textbox', { name: 'TCP port' }).fill(String(ports.tcpPort));
  await page.getByRole('textbox', { name: 'WebSocket port' }).fill(String(ports.wsPort));
  await page.getByRole('button', { name: 'Scan the network' }).click();
  await expect(setup.getByText('4 outlets found (6 addresses probed).')).toBeVisible();
  await app.step('site-scan');
  await page.getByRole('button', { name: 'Add all (4)' }).click();
  for (const outlet of SITE) {
    const address = shownAddress(outlet.host, ports);
    await page.getByRole('textbox', { name: `Label for ${address}` }).fill(outlet.label);
  }
  await page.getByRole('checkbox', { name: 'Critical: Server room' }).check();

  // One more by hand (host:port is the revB TCP port), outside the scanned range.
  await page
    .getByRole('textbox', { name: 'Address', exact: true })
    .fill(`${LOBBY.host}:${ports.tcpPort}`);
  await page.getByRole('textbox', { name: 'Label', exact: true }).fill(LOBBY.label);
  await page.getByRole('button', { name: 'Add device' }).click();

  // A CSV with a device already listed and a bad row: both reported by line, nothing lost.
  const csv = [
    'address,label,critical,tcp_port,ws_port',
    `127.0.0.2,Kitchen again,no,${ports.tcpPort},${ports.wsPort}`,
    '127.0.0.10,Broken row,maybe',
  ].join('\n');
  await page.getByLabel('CSV file').setInputFiles({
    name: 'site.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  const outcome = page.locator('[data-csv-outcome]');
  await expect(outcome).toContainText('0 devices added from site.csv');
  await expect(outcome).toContainText('Line 3: critical must be yes or no (got "maybe").');
  await expect(outcome).toContainText('Line 2: already in the list; skipped.');
  await expect(page.getByRole('heading', { name: 'Devices in this job (5)' })).toBeVisible();
  await app.step('site-setup');
  await page.getByRole('button', { name: 'Create job' }).click();

  // Pre-flight: every device read, the battery warned about, the critical one confirmed.
  const preflight = page.locator('[data-site-screen="preflight"]');
  await expect(preflight.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(preflight.getByText('5 of 5 devices').first()).toBeVisible({ timeout: 30_000 });
  await expect(preflight.getByText('This computer is running on battery.')).toBeVisible();
  const kitchen = preflight.locator('[data-device-id="d1"]');
  await expect(kitchen).toContainText('revB');
  await expect(kitchen).toContainText('1.4.0 → 1.5.0');
  await expect(kitchen).toContainText('Outlet, then Deco');
  await expect(preflight.locator('[data-device-id="d2"]')).toContainText('Nothing: up to date');
  await app.step('site-preflight');
  await page.getByRole('button', { name: 'Confirm restart of Server room' }).click();
  await expect(
    preflight.locator('[data-device-id="d4"] [data-critical="confirmed"]'),
  ).toBeVisible();
  await app.step('site-preflight-confirmed');
  await page.getByRole('button', { name: 'Start', exact: true }).click();

  // Run: live rows, then every device's final chip.
  const run = page.locator('[data-site-screen="run"]');
  await expect(run.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(run.locator('[data-status="running"]').first()).toBeVisible();
  await app.step('site-run');
  await expect(run.getByRole('heading', { level: 1 })).toHaveText('Finished: Hotel Astoria', {
    timeout: 120_000,
  });
  const all = [...SITE, LOBBY];
  for (const [index, outlet] of all.entries()) {
    const row = run.locator(`[data-device-id="d${index + 1}"]`);
    await expect(row.locator('[data-status]'), outlet.label).toHaveAttribute(
      'data-status',
      outlet.outcome,
    );
  }
  await app.step('site-run-finished');
  await page.getByRole('button', { name: 'Needs attention (1)' }).click();
  await expect(page.getByRole('button', { name: 'Needs attention (1)' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(run.locator('tbody tr')).toHaveCount(1);
  await expect(run.locator('tbody tr')).toHaveAttribute('data-device-id', 'd3');
  await app.step('site-run-attention');

  // What the outlets themselves saw: the critical one updated only after its confirmation,
  // the current one got nothing.
  expect(SITE[1]?.sim?.snapshot().otaRequests).toEqual([]);
  expect(SITE[3]?.sim?.snapshot().updatesApplied).toEqual(['outlet']);
  expect(SITE[0]?.sim?.snapshot().updatesApplied).toEqual(['outlet', 'deco']);

  // Report and exports.
  await page.getByRole('button', { name: 'Open the report' }).click();
  const report = page.locator('[data-site-screen="report"]');
  await expect(report.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(report.locator('[data-totals]')).toHaveText(
    '5 devices: 3 updated, 1 already up to date, 1 failed.',
  );
  // A name fixed at handover: renamed in the report, and both exports carry the new name.
  await report.getByRole('button', { name: 'Rename Kitchen' }).click();
  await expect(report.getByRole('textbox', { name: 'New name for Kitchen' })).toBeFocused();
  await page.keyboard.type('Kitchen by the window');
  await page.keyboard.press('Enter');
  await expect(report.getByRole('button', { name: 'Rename Kitchen by the window' })).toBeFocused();
  await report.getByRole('button', { name: 'Change site details' }).click();
  await report.getByRole('textbox', { name: 'Technician' }).fill('Ada Lovelace');
  await report.getByRole('button', { name: 'Save details' }).click();
  await expect(report.locator('dl')).toContainText('Ada Lovelace');
  await expect(report.getByRole('button', { name: 'Change site details' })).toBeFocused();
  await app.step('site-report-renamed');
  const labels = all.map((outlet) =>
    outlet.label === 'Kitchen' ? 'Kitchen by the window' : outlet.label,
  );

  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(report.locator('[data-saved-path]')).toHaveText(/hotel-astoria-report-.*\.csv$/);
  const csvPath = (await report.locator('[data-saved-path]').textContent()) ?? '';
  const lines = readFileSync(csvPath, 'utf8').split('\r\n');
  expect(lines[0]).toMatch(/^label,address,serial,hardware_revision,outlet_before,outlet_after/);
  for (const [index, outlet] of all.entries()) {
    expect(lines[index + 1]).toMatch(new RegExp(`^${labels[index]},.*,${outlet.outcome},`));
  }
  expect(lines).toContain('site,Hotel Astoria');
  expect(lines).toContain('technician,Ada Lovelace');
  await app.step('site-report-csv');

  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(report.locator('[data-saved-path]')).toHaveText(/hotel-astoria-report-.*\.pdf$/);
  const pdfPath = (await report.locator('[data-saved-path]').textContent()) ?? '';
  const html = readFileSync(pdfPath, 'utf8');
  expect(html).toContain('<title>Firmware handover report: Hotel Astoria</title>');
  for (const label of labels) expect(html).toContain(`<td>${label}</td>`);
  expect(html).toContain('5 devices: 3 updated, 1 already up to date, 1 failed.');
  expect(app.exports.map((saved) => saved.format)).toEqual(['csv', 'pdf']);
  await app.step('site-report-pdf');
});

// Dark theme here, so axe checks the Site view's colours in both schemes.
test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('site: a paused job is offered again after the app restarts, and resumes', async ({
    app,
  }) => {
    test.setTimeout(120_000);
    // Slower outlets, one at a time, so the job can be paused while the first one runs.
    const outlets: SiteOutlet[] = ['127.0.0.12', '127.0.0.13'].map((host, index) => ({
      label: `Bay ${index + 1}`,
      host,
      options: { rev: 'B', deco: 'none', speed: 5 },
      critical: false,
      outcome: 'updated',
    }));
    const ports = await startSite(app, outlets);
    const { page } = app;
    await app.open();
    await page.getByRole('button', { name: 'Site' }).click();
    await page.getByRole('textbox', { name: 'Site name' }).fill('Depot');
    await page.getByRole('combobox', { name: 'Devices updated at once' }).selectOption('1');
    for (const outlet of outlets) {
      await page
        .getByRole('textbox', { name: 'Address', exact: true })
        .fill(`${outlet.host}:${ports.tcpPort}`);
      await page.getByRole('textbox', { name: 'Label', exact: true }).fill(outlet.label);
      await page.getByRole('button', { name: 'Add device' }).click();
    }
    await page.getByRole('button', { name: 'Create job' }).click();
    await expect(page.getByText('2 of 2 devices').first()).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Start', exact: true }).click();

    const run = page.locator('[data-site-screen="run"]');
    await expect(run.locator('[data-device-id="d1"] [data-status="running"]')).toBeVisible();
    await page.getByRole('button', { name: 'Pause' }).click();
    // The running device finishes its update; the next one does not start.
    await expect(run.getByRole('heading', { level: 1 })).toHaveText('Paused: Depot');
    await expect(run.locator('[data-device-id="d1"] [data-status]')).toHaveAttribute(
      'data-status',
      'updated',
      { timeout: 60_000 },
    );
    await expect(run.locator('[data-device-id="d2"] [data-status]')).toHaveAttribute(
      'data-status',
      'queued',
    );
    await expect(run.locator('[data-pause-reason="user"]')).toBeVisible();
    await app.step('site-paused');

    // The app quits and starts again: new main-process services and a new window; only the
    // journal on disk still has the job.
    await app.restartMain();
    await page.getByRole('button', { name: 'Site' }).click();
    const banner = page.getByRole('region', { name: /An interrupted job was found/ });
    await expect(banner).toContainText('An interrupted job was found: Depot, 1 of 2 devices done');
    await app.step('site-interrupted');
    await page.getByRole('button', { name: 'Resume this job' }).click();
    await expect(run.getByRole('heading', { level: 1 })).toHaveText('Finished: Depot', {
      timeout: 60_000,
    });
    await expect(run.locator('[data-device-id="d2"] [data-status]')).toHaveAttribute(
      'data-status',
      'updated',
    );
    // Each outlet was sent exactly one update.
    for (const outlet of outlets) {
      expect(outlet.sim?.snapshot().otaRequests, outlet.label).toEqual([{ target: 1, method: 0 }]);
    }
    await app.step('site-resumed');
  });
});
