import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture.js';

/** Presses Tab until the focused element has this accessible name (bounded: a real user would). */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let presses = 0; presses < 30; presses += 1) {
    await page.keyboard.press('Tab');
    // Read the focused element directly: a ':focus' locator would wait, not answer, when focus
    // has left the page.
    const label = await page.evaluate(() => {
      const focused = document.activeElement;
      if (!(focused instanceof HTMLElement) || focused === document.body) return '';
      return focused.getAttribute('aria-label') ?? focused.innerText;
    });
    if (label.trim() === name) return;
  }
  throw new Error(`could not reach "${name}" with Tab`);
}

test('the whole demo update can be done with the keyboard alone, focus on each heading', async ({
  app,
}) => {
  const { page } = app;
  await app.open();
  // The first step's heading takes focus once the wizard has rendered; Tab from there.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo(page, 'Try a demo outlet');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Demo outlet found' })).toBeFocused();
  await tabTo(page, 'Continue');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Choose what to update' }),
  ).toBeFocused();
  // Radios: Tab into the group, arrows move between choices, Space selects.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Outlet' })).toBeChecked();
  await tabTo(page, 'Start update');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-step="update"] h1')).toBeFocused();
  await expect(page.locator('h1[data-outcome="updated"]')).toBeFocused({ timeout: 60_000 });
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the OS and keeps contrast on every step it shows', async ({ app }) => {
    const { page } = app;
    await app.open();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await app.step('dark-connect');
    await page.getByRole('button', { name: 'Try a demo outlet' }).click();
    await expect(page.locator('[data-step="device"]')).toBeVisible();
    await app.step('dark-device');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('radio', { name: 'Faceplate (InvisDeco)' }).check();
    await app.step('dark-choose');
  });
});
