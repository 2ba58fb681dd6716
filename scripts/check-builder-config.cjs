/* global require, process, console */
/* eslint-disable @typescript-eslint/no-require-imports -- a plain Node script, no build step */
'use strict';

/*
 * Validates electron-builder.yml against electron-builder's own JSON schema, offline, in
 * about a second (a real build needs the Electron zip from GitHub). Exits 1 with the
 * schema's message on error. Uses app-builder-lib's internal config module (a dependency of
 * electron-builder 26): if a future major moves it, this fails loudly, not silently.
 *   node scripts/check-builder-config.cjs [config-file]
 */
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util');

(async () => {
  const config = await getConfig(process.cwd(), process.argv[2] ?? null, null);
  await validateConfiguration(config, new DebugLogger(false));
  console.log(`electron-builder config OK: ${Object.keys(config).join(', ')}`);
})().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
