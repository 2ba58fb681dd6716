import type { RunningSimulator } from '../../../simulator/index.js';
import { expect, type AppHarness } from './app-fixture.js';

/** Connect step: the address plus the simulator's ports under "Advanced connection settings". */
export async function connectTo(app: AppHarness, sim: RunningSimulator): Promise<void> {
  const { page } = app;
  await expect(page.locator('[data-step="connect"]')).toBeVisible();
  await app.step('connect');
  await page.getByRole('textbox', { name: 'Outlet address' }).fill(sim.host);
  await page.getByText('Advanced connection settings').click();
  await page
    .getByRole('textbox', { name: 'TCP port' })
    .fill(String(sim.tcpPort ?? (await app.closedPort())));
  await page
    .getByRole('textbox', { name: 'WebSocket port' })
    .fill(String(sim.wsPort ?? (await app.closedPort())));
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.locator('[data-step="device"]')).toBeVisible();
  await app.step('device');
}

/** Device -> Choose -> Update: picks the part (and the Deco method) and starts. */
export async function startUpdate(
  app: AppHarness,
  target: 'Outlet' | 'Faceplate (InvisDeco)',
  method?: 'Automatic (recommended)' | 'Wi-Fi only' | 'Via InvisOutlet only',
): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('[data-step="choose"]')).toBeVisible();
  await page.getByRole('radio', { name: target }).check();
  if (method) await page.getByRole('radio', { name: method }).check();
  await app.step('choose');
  await page.getByRole('button', { name: 'Start update' }).click();
  await expect(page.locator('[data-step="update"]')).toBeVisible();
  await app.step('update');
}

/** Waits for the Result step and checks the outcome the user is shown. */
export async function expectResult(
  app: AppHarness,
  outcome: string,
  heading: RegExp,
): Promise<void> {
  const { page } = app;
  const result = page.locator('[data-step="result"]');
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expect(page.locator(`h1[data-outcome="${outcome}"]`)).toHaveText(heading);
  await expect(page.locator('h1[data-outcome]')).toBeFocused();
  await app.step('result');
}
