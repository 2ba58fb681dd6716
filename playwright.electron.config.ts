import { defineConfig } from '@playwright/test';

/*
 * The Electron end-to-end test: Playwright launches the built app itself (`_electron`), so
 * there is no web server and no browser. Build first (main, preload, renderer). Without the
 * Electron binary the test skips and says how to get it.
 */
export default defineConfig({
  testDir: 'tests/e2e/electron',
  testMatch: /.*\.electron\.spec\.ts$/,
  workers: 1,
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  outputDir: 'test-results/e2e-electron',
  use: { trace: 'retain-on-failure' },
});
