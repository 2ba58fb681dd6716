import { expect, test } from './support/app-fixture.js';
import { connectTo, expectResult, startUpdate } from './support/wizard-steps.js';

test('revA outlet: found over WebSocket, web UI then firmware, verified as updated', async ({
  app,
}) => {
  // Slower than the other flows so the web-UI phase stays on screen long enough to be seen.
  const sim = await app.simulator({ rev: 'A', speed: 5 });
  await app.open();
  await connectTo(app, sim);
  await expect(app.page.getByText('revA', { exact: true })).toBeVisible();
  await expect(app.page.getByText(/WebSocket/).first()).toBeVisible();
  await startUpdate(app, 'Outlet');
  await expect(app.page.getByText(/Updating the web interface/).first()).toBeVisible();
  await app.step('update-web-phase');
  await expectResult(app, 'updated', /Updated/);
  const result = app.page.locator('[data-step="result"]');
  await expect(result).toContainText('1.4.0');
  await expect(result).toContainText('1.5.0');
  expect(sim.snapshot().updatesApplied).toEqual(expect.arrayContaining(['outlet', 'web']));
});

test('revB outlet: restarts at once, reconnects, verified as updated', async ({ app }) => {
  const sim = await app.simulator({ rev: 'B' });
  await app.open();
  await connectTo(app, sim);
  await expect(app.page.getByText('revB', { exact: true })).toBeVisible();
  await startUpdate(app, 'Outlet');
  await expectResult(app, 'updated', /Updated/);
  await expect(app.page.locator('[data-step="result"]')).toContainText('1.5.0');
  expect(sim.snapshot().otaRequests).toEqual([{ target: 1, method: 0 }]);
});

test('Deco automatic: Wi-Fi fails, then via InvisOutlet succeeds, both attempts shown', async ({
  app,
}) => {
  // Slower than the other flows so the fallback message stays on screen long enough to be seen.
  const sim = await app.simulator({ rev: 'B', scenario: 'deco-wifi-fails', speed: 5 });
  await app.open();
  await connectTo(app, sim);
  await startUpdate(app, 'Faceplate (InvisDeco)', 'Automatic (recommended)');
  await expect(app.page.getByText(/now trying via InvisOutlet/i).first()).toBeVisible({
    timeout: 30_000,
  });
  await app.step('update-fallback');
  await expectResult(app, 'updated', /Updated/);
  const result = app.page.locator('[data-step="result"]');
  await expect(result).toContainText(/Wi-Fi/);
  await expect(result).toContainText(/via InvisOutlet/i);
  await expect(result).toContainText('3.1.0');
  expect(sim.snapshot().otaRequests).toEqual([
    { target: 2, method: 0 },
    { target: 2, method: 1 },
  ]);
});

test('already current: the outlet cannot be chosen and says why', async ({ app }) => {
  const sim = await app.simulator({ rev: 'A', scenario: 'already-current' });
  await app.open();
  await connectTo(app, sim);
  await app.page.getByRole('button', { name: 'Continue' }).click();
  const outlet = app.page.getByRole('radio', { name: 'Outlet' });
  await expect(outlet).toBeDisabled();
  await expect(outlet).toHaveAccessibleDescription(/up to date/i);
  await expect(app.page.getByRole('radio', { name: 'Faceplate (InvisDeco)' })).toBeDisabled();
  await app.step('choose-nothing-to-do');
  expect(sim.snapshot().otaRequests).toEqual([]);
});

test('unreachable address: a clear error and the form stays usable', async ({ app }) => {
  const port = await app.closedPort();
  await app.open();
  const { page } = app;
  await page.getByRole('textbox', { name: 'Outlet address' }).fill('127.0.0.1');
  await page.getByText('Advanced connection settings').click();
  await page.getByRole('textbox', { name: 'TCP port' }).fill(String(port));
  await page.getByRole('textbox', { name: 'WebSocket port' }).fill(String(port));
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/Could not connect/);
  await expect(page.locator('[data-step="connect"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Connect', exact: true })).toBeEnabled();
  await app.step('connect-unreachable');
});

test('malformed address: explained as you type, nothing sent', async ({ app }) => {
  await app.open();
  const { page } = app;
  const address = page.getByRole('textbox', { name: 'Outlet address' });
  await address.fill('http://outlet.local/');
  await address.blur();
  await expect(address).toHaveAccessibleDescription(/without http:\/\//);
  await app.step('connect-malformed');
});

test('stalled update: reported as not updated, with the reason and a way to retry', async ({
  app,
}) => {
  const sim = await app.simulator({ rev: 'B', scenario: 'stall' });
  await app.open();
  await connectTo(app, sim);
  await startUpdate(app, 'Outlet');
  await expectResult(app, 'failed', /Not updated/);
  await expect(app.page.locator('[data-step="result"]')).toContainText(
    /stopped reporting progress/,
  );
  await expect(app.page.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('demo outlet: connect with one click and update the outlet', async ({ app }) => {
  await app.open();
  const { page } = app;
  await page.getByRole('button', { name: 'Try a demo outlet' }).click();
  await expect(page.locator('[data-step="device"]')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Demo outlet found' })).toBeVisible();
  await app.step('demo-device');
  await startUpdate(app, 'Outlet');
  await expect(page.getByText(/Restarting, reconnecting/)).toBeVisible();
  await app.step('demo-restarting');
  await expectResult(app, 'updated', /Updated/);
});

test('outlet never comes back after updating: "result unknown", never "done"', async ({ app }) => {
  const sim = await app.simulator({ rev: 'B', scenario: 'never-returns' });
  await app.open();
  await connectTo(app, sim);
  await startUpdate(app, 'Outlet');
  await expectResult(app, 'unreachable', /Result unknown/);
  const result = app.page.locator('[data-step="result"]');
  await expect(result).toContainText(/did not come back/);
  await expect(result).not.toContainText(/Updated:/);
  await expect(app.page.getByRole('button', { name: 'Check the device again' })).toBeVisible();
  await expect(app.page.getByRole('button', { name: 'Update the faceplate' })).toHaveCount(0);
});
