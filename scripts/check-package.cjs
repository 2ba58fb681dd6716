/* global require, process, console, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports -- a plain Node script, no build step */
'use strict';

/*
 * Packs the app for real with electron-builder, but with a stub Electron distribution, so no
 * Electron zip is downloaded (toolchain.md §3), then opens app.asar and checks what the
 * installers would ship: the entry points are in, runtime dependencies are in, and sources,
 * tests and dev tooling are out. Every bare `require()` of the compiled main must resolve
 * inside the asar. Assumes the build ran first (main, preload, renderer); says so if not.
 *   node scripts/check-package.cjs [--keep]   (--keep leaves the temporary pack for a look)
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const { builtinModules } = require('node:module');
const os = require('node:os');
const path = require('node:path');
const asar = require('@electron/asar');

const root = path.join(__dirname, '..');
const keep = process.argv.includes('--keep');

const BUILT = {
  'dist-electron/electron/main.js': 'npx tsc -p electron/tsconfig.build.json',
  'dist-electron/preload/preload.js': 'npx vite build -c vite.preload.config.mts',
  'dist/renderer/index.html': 'npx vite build',
};

/** Paths inside the asar (relative, forward slashes) that must be present. */
const REQUIRED = [
  ...Object.keys(BUILT),
  'package.json',
  'node_modules/ws/package.json',
  'node_modules/zod/package.json',
  'node_modules/electron-log/package.json',
];

/** What must never ship: sources, tests, dev tooling, Electron itself. */
const FORBIDDEN = [
  { test: (p) => p.endsWith('.tsx'), why: 'renderer sources (*.tsx)' },
  {
    test: (p) => /^(electron|shared|renderer|simulator)\/.*\.ts$/.test(p),
    why: 'TypeScript sources',
  },
  { test: (p) => /^tests?\//.test(p), why: 'tests/' },
  { test: (p) => p.endsWith('.map'), why: 'source maps' },
  { test: (p) => /^node_modules\/(react|react-dom)\//.test(p), why: 'node_modules/react' },
  { test: (p) => p.startsWith('node_modules/vite/'), why: 'node_modules/vite' },
  { test: (p) => p.startsWith('node_modules/typescript/'), why: 'node_modules/typescript' },
  { test: (p) => p.startsWith('node_modules/electron/'), why: 'node_modules/electron/' },
  {
    test: (p) => p.startsWith('node_modules/electron-builder/'),
    why: 'node_modules/electron-builder',
  },
  { test: (p) => p.startsWith('node_modules/vitest/'), why: 'node_modules/vitest' },
  { test: (p) => p.startsWith('node_modules/@playwright/'), why: 'node_modules/@playwright' },
  { test: (p) => p.startsWith('node_modules/zustand/'), why: 'node_modules/zustand' },
];

class CheckFailed extends Error {}

function fail(message) {
  throw new CheckFailed(message);
}

function checkBuilt() {
  const missing = Object.entries(BUILT).filter(([file]) => !fs.existsSync(path.join(root, file)));
  if (missing.length === 0) return;
  fail(
    `build output missing; build first:\n${missing
      .map(([file, command]) => `  ${file}  <-  ${command}`)
      .join('\n')}`,
  );
}

/** A folder shaped like an Electron Linux distribution whose `electron` is a stub script. */
function stubElectronDist(tmp) {
  const dist = path.join(tmp, 'electron-dist');
  fs.mkdirSync(dist, { recursive: true });
  const exe = path.join(dist, 'electron');
  fs.writeFileSync(exe, '#!/bin/sh\necho "stub Electron: packaging check only" >&2\nexit 1\n');
  fs.chmodSync(exe, 0o755);
  fs.writeFileSync(path.join(dist, 'version'), require('electron/package.json').version);
  return dist;
}

function pack(tmp) {
  const output = path.join(tmp, 'release');
  const cli = path.join(root, 'node_modules', 'electron-builder', 'cli.js');
  const args = [
    cli,
    '--dir',
    '--linux',
    '--publish',
    'never',
    `-c.electronDist=${stubElectronDist(tmp)}`,
    '-c.npmRebuild=false',
    `-c.directories.output=${output}`,
  ];
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) fail(`electron-builder exited with ${result.status} after ${seconds} s`);
  console.log(`check-package: packed in ${seconds} s`);
  const archive = path.join(output, 'linux-unpacked', 'resources', 'app.asar');
  if (!fs.existsSync(archive)) fail(`no app.asar at ${archive}`);
  return archive;
}

/** Bare module names the compiled main process requires (not relative, not built in). */
function bareRequires(archive, files) {
  const names = new Set();
  for (const file of files.filter((p) => p.startsWith('dist-electron/') && p.endsWith('.js'))) {
    const source = asar.extractFile(archive, file).toString('utf8');
    for (const [, spec] of source.matchAll(/require\(["']([^"']+)["']\)/g)) {
      if (spec.startsWith('.') || spec.startsWith('node:') || builtinModules.includes(spec))
        continue;
      const parts = spec.split('/');
      names.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
    }
  }
  return [...names].sort();
}

function inspect(archive) {
  const files = asar.listPackage(archive).map((p) => p.replace(/\\/g, '/').replace(/^\//, ''));
  const listed = new Set(files);
  const problems = [];
  for (const file of REQUIRED) if (!listed.has(file)) problems.push(`missing ${file}`);
  for (const rule of FORBIDDEN) {
    const hits = files.filter(rule.test);
    if (hits.length > 0) problems.push(`ships ${rule.why}: ${hits.slice(0, 3).join(', ')}`);
  }
  for (const name of bareRequires(archive, files)) {
    if (name === 'electron') continue; // provided by the runtime
    if (!listed.has(`node_modules/${name}/package.json`)) {
      problems.push(`main requires "${name}" but it is not in the asar (add it to dependencies)`);
    }
  }
  const preload = asar.extractFile(archive, 'dist-electron/preload/preload.js').toString('utf8');
  const preloadRequires = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
  if (preloadRequires.some((spec) => spec !== 'electron')) {
    problems.push(
      `the sandboxed preload requires more than electron: ${preloadRequires.join(', ')}`,
    );
  }
  const size = (fs.statSync(archive).size / 1024 / 1024).toFixed(1);
  return { problems, count: files.length, size };
}

function main() {
  checkBuilt();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'invis-pack-'));
  try {
    const archive = pack(tmp);
    const { problems, count, size } = inspect(archive);
    if (problems.length > 0) fail(`app.asar (${size} MB):\n  ${problems.join('\n  ')}`);
    console.log(`check-package: OK: app.asar ${size} MB, ${count} entries`);
  } finally {
    if (keep) console.log(`check-package: kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  if (!(error instanceof CheckFailed)) throw error;
  console.error(`check-package: FAIL: ${error.message}`);
  process.exit(1);
}
