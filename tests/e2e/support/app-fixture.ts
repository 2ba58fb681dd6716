import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInvokeDispatcher } from '../../../electron/ipc/invoke-dispatcher.js';
import {
  createUpdaterService,
  type UpdaterService,
} from '../../../electron/services/updater-service.js';
import type { PowerState } from '../../../electron/site/power-source.js';
import { systemClock } from '../../../electron/support/clock.js';
import { API_EVENTS, API_GLOBAL, API_VERBS } from '../../../shared/ipc/contract.js';
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '../../../simulator/index.js';
import { closedPort } from '../../integration/support/ports.js';
import { startBridgeServer, type BridgeServer } from './ipc-bridge-server.js';
import { installBridge } from './install-bridge.js';
import { serveFolder } from './static-server.js';

/** Simulators in the browser tests run this much faster than a real outlet. */
export const E2E_SPEED = 20;

const RENDERER_DIST = join(__dirname, '..', '..', '..', 'dist', 'renderer');

export interface AppHarness {
  readonly page: Page;
  /** Opens the wizard with the bridge installed. */
  open(): Promise<void>;
  /**
   * Quits and starts the app again: the main-process services are disposed (as on a quit the
   * person confirmed) and new ones start on the same data folder; the window loads afresh.
   */
  restartMain(): Promise<void>;
  simulator(
    options: Partial<SimulatorOptions> & Pick<SimulatorOptions, 'rev'>,
  ): Promise<RunningSimulator>;
  closedPort(): Promise<number>;
  /** The temporary data folder (site-job journals live in its site-jobs/). */
  readonly dataDir: string;
  /** Every report export the app asked to save; `path` is where the fake dialog put it. */
  readonly exports: ReadonlyArray<{ defaultName: string; format: 'csv' | 'pdf'; path: string }>;
  /** What the site pre-flight reads as the laptop's power source; default 'ac'. */
  setPower(power: PowerState): void;
  /** Saves a screenshot of the current step as a test artifact and checks it with axe. */
  step(name: string): Promise<void>;
  readonly logLines: string[];
}

/**
 * The browser end-to-end harness: the built renderer in Chromium, `window.invis` injected by
 * an init script that talks over loopback to this process, where the real main-process
 * services (updater service, engine, session) run against simulators.
 */
export const test = base.extend<{ app: AppHarness }>({
  app: async ({ page }, use, testInfo) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'invis-e2e-'));
    const logLines: string[] = [];
    const simulators: RunningSimulator[] = [];
    const exportsDir = join(dataDir, 'exports');
    mkdirSync(exportsDir);
    const exports: Array<{ defaultName: string; format: 'csv' | 'pdf'; path: string }> = [];
    let power: PowerState = 'ac';
    let bridge: BridgeServer | null = null;
    const log = {
      info: (message: string) => void logLines.push(`info ${message}`),
      warn: (message: string) => void logLines.push(`warn ${message}`),
    };
    // One run of the main process's services; restartMain() replaces it with a new one on the
    // same data folder, as quitting and starting the app again would. Only the newest run's
    // events reach the window: a quit app says nothing more.
    let generation = 0;
    const startMain = (): UpdaterService => {
      const run = ++generation;
      return createUpdaterService({
        clock: systemClock,
        log,
        recentFile: join(dataDir, 'recent-devices.json'),
        emit: (channel, payload) => {
          if (run === generation) bridge?.emit(channel, payload);
        },
        appInfo: () => ({
          version: 'e2e',
          logPath: join(dataDir, 'main.log'),
          platform: process.platform,
        }),
        timeouts: {
          stallMs: 60_000 / E2E_SPEED,
          rebootMs: 180_000 / E2E_SPEED,
          verifyMs: 240_000 / E2E_SPEED,
          pollMs: 200,
        },
        dataDir,
        // The Electron edge's stand-ins: the "dialog" saves into the temp folder, and the "PDF"
        // is the report's HTML itself, so the test can read what would have been printed.
        files: {
          chooseSavePath: async (defaultName, format) => {
            const path = join(exportsDir, defaultName);
            exports.push({ defaultName, format, path });
            return path;
          },
          renderPdf: async (html) => new TextEncoder().encode(html),
        },
        power: { read: async () => power },
      });
    };
    let service = startMain();
    let dispatch = createInvokeDispatcher(service.handlers, log);
    bridge = await startBridgeServer((channel, arg) => dispatch(channel, arg));
    const web = await serveFolder(RENDERER_DIST);
    await page.addInitScript(installBridge, {
      url: `ws://127.0.0.1:${bridge.port}`,
      global: API_GLOBAL,
      verbs: API_VERBS,
      events: API_EVENTS,
    });
    let shot = 0;
    await use({
      page,
      logLines,
      dataDir,
      exports,
      setPower: (next) => {
        power = next;
      },
      open: async () => {
        await page.goto(web.url);
      },
      restartMain: async () => {
        generation += 1;
        await service.dispose();
        service = startMain();
        dispatch = createInvokeDispatcher(service.handlers, log);
        await page.reload();
      },
      // `host` may be any 127.0.0.0/8 address (Linux routes all of it to lo), so a site
      // of several outlets can share one port number, as real outlets do.
      simulator: async (options) => {
        const sim = await startSimulator({ speed: E2E_SPEED, ...options });
        simulators.push(sim);
        return sim;
      },
      closedPort,
      step: async (name) => {
        shot += 1;
        await page.screenshot({
          path: testInfo.outputPath(`${String(shot).padStart(2, '0')}-${name}.png`),
          fullPage: true,
        });
        const scan = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
        expect(
          scan.violations.map((violation) => `${violation.id}: ${violation.help}`),
          `axe on ${name}`,
        ).toEqual([]);
      },
    });
    await service.dispose();
    await bridge.close();
    await web.close();
    await Promise.all(simulators.map((sim) => sim.close()));
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
