import type { RunningSimulator } from '../../simulator/index.js';
import { expect, test, type AppHarness } from './support/app-fixture.js';
import { connectTo, expectResult, startUpdate } from './support/wizard-steps.js';

/**
 * A revB outlet updated from the wizard, returned while its firmware is downloading. Slower
 * than the other flows, so the app can be interrupted before the update ends.
 */
async function updateUntilDownloading(app: AppHarness): Promise<RunningSimulator> {
  const sim = await app.simulator({ rev: 'B', deco: 'none', speed: 5 });
  await app.open();
  await connectTo(app, sim);
  await startUpdate(app, 'Outlet');
  await expect(app.page.getByText('Updating the outlet firmware').first()).toBeVisible();
  return sim;
}

test('the app quit mid-update: the next start offers a check, which finds the update finished', async ({
  app,
}) => {
  const sim = await updateUntilDownloading(app);
  const { page } = app;

  await app.restartMain();
  const section = page.getByRole('region', { name: 'An update was interrupted' });
  await expect(section).toContainText(
    `the outlet firmware update of outlet ${sim.serial} at ${sim.host}`,
  );
  await app.step('connect-interrupted');
  await section.getByRole('button', { name: 'Check it now' }).click();
  await expect(section).toContainText('The update finished: the outlet now runs 1.5.0.', {
    timeout: 60_000,
  });
  await expect(section.getByRole('button', { name: 'Connect to this outlet' })).toBeFocused();
  await app.step('connect-interrupted-checked');
  // Checked by reading the version: the outlet was asked to update once, never twice.
  expect(sim.snapshot().otaRequests).toEqual([{ target: 1, method: 0 }]);

  await section.getByRole('button', { name: 'Connect to this outlet' }).click();
  await expect(page.locator('[data-step="device"]')).toBeVisible();
  await expect(page.locator('[data-step="device"]')).toContainText('1.5.0');
});

test('the window is loaded again mid-update (a renderer crash): back on the Update step, to the outcome', async ({
  app,
}) => {
  const sim = await updateUntilDownloading(app);
  const { page } = app;

  // What the Electron main process does when the page process is gone; main runs on.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Updating the outlet' })).toBeFocused();
  await app.step('update-after-reload');
  await expectResult(app, 'updated', /Updated/);
  await expect(page.locator('[data-step="result"]')).toContainText('1.5.0');
  expect(sim.snapshot().otaRequests).toEqual([{ target: 1, method: 0 }]);
});
