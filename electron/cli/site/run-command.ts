import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatAddress } from '../../../shared/site/device-address.js';
import { parseDeviceCsv } from '../../../shared/site/device-csv.js';
import type { JobState } from '../../../shared/site/job-state.js';
import type { SiteDeviceInput } from '../../../shared/site/site-device.js';
import { buildReport } from '../../../shared/site/report-rows.js';
import { reportCsv } from '../../../shared/site/report-csv.js';
import { reportHtml } from '../../../shared/site/report-html.js';
import { siteVerdict } from '../../../shared/site/site-totals.js';
import { saveReport } from '../../site/report-file.js';
import { SiteService } from '../../site/site-service.js';
import type { SiteJob } from '../../site/site-job.js';
import { ExitCode, UsageError } from '../exit-codes.js';
import type { CommandIo } from '../update-command.js';
import { setUpJob } from './job-setup.js';
import { parseRunFlags, type RunFlags } from './run-flags.js';
import type { SiteCliEnv } from './site-cli-env.js';
import { cancelWords } from './site-words.js';
import { siteOutputFor } from './site-cli-env.js';

/** `site run <devices.csv>`: pre-flight, then every device through the engine, then the report. */
export async function runSiteCommand(
  argv: readonly string[],
  io: CommandIo,
  cli: SiteCliEnv,
): Promise<ExitCode> {
  const flags = parseRunFlags(argv, cli.env);
  const listText = await readFile(flags.listPath, 'utf8').catch((error: unknown) => {
    throw new UsageError(
      `Cannot read "${flags.listPath}": ${error instanceof Error ? error.message : String(error)}.`,
    );
  });
  const list = parseDeviceCsv(listText);
  if (list.fatal !== null) throw new UsageError(`${basename(flags.listPath)} ${list.fatal}`);
  for (const problem of [...list.problems, ...list.duplicates]) {
    io.error(`${basename(flags.listPath)} line ${problem.line}: ${problem.message}`);
  }
  if (list.devices.length === 0)
    throw new UsageError(`${basename(flags.listPath)} lists no usable device.`);

  const toConfirm = matchCritical(list.devices, flags.confirm);
  const service = new SiteService({
    dataDir: flags.dataDir,
    log: io.log,
    timeouts: flags.timeouts,
  });
  const setup = await setUpJob(service, {
    listText,
    listName: basename(flags.listPath),
    devices: list.devices,
    site: flags.site,
    technician: flags.technician,
    concurrency: flags.concurrency,
    retryFailed: flags.retryFailed,
  });
  if (!setup.ok) {
    if (typeof setup.error === 'string') throw new UsageError(setup.error);
    io.error(setup.error.message);
    return ExitCode.failed;
  }
  const { job, mode } = setup.value;
  const output = siteOutputFor(flags.json, cli);
  try {
    let cancelled = false;
    void io.interrupted.then(async () => {
      cancelled = true;
      await job.cancel();
      if (flags.json) output.note(cancelWords(job.state));
    });
    const confirmed = await confirmCritical(job, toConfirm);
    output.opened(job.state, job.journalPath, mode !== 'new');
    for (const warning of setup.value.warnings) output.note(warning);
    if (mode === 'new') output.preflight(await service.preflight(job), job.state);
    else output.note(resumeWords(job.state, mode));
    if (confirmed > 0)
      output.note(
        `Confirmed ${confirmed} critical ${confirmed === 1 ? 'device' : 'devices'}: they may restart.`,
      );
    const problems: string[] = [];
    job.onEvent((event) => {
      if (event.type === 'problem') {
        problems.push(event.problem.message);
        io.error(event.problem.message);
      }
      output.event(event, job.state);
    });
    if (!cancelled) {
      const started = mode === 'retry' ? await job.retryFailed() : await job.start();
      if (!started.ok) io.error(started.error.message);
    }
    const final = await job.whenIdle();
    const code = await finish(job, final, flags, output, io);
    return problems.length > 0 ? ExitCode.failed : code;
  } finally {
    await job.close();
  }
}

/**
 * Which list positions --confirm-critical names (by label, host or address), checked before a
 * job exists so a typo is a usage error, not a half-made job. A resumed job has the same list
 * (it is matched by digest), so positions map to the same devices.
 */
function matchCritical(devices: readonly SiteDeviceInput[], names: readonly string[]): number[] {
  const positions = new Set<number>();
  for (const name of names) {
    const wanted = name.toLowerCase();
    let found = false;
    devices.forEach((device, index) => {
      const keys = [device.label, device.address.host, formatAddress(device.address)];
      if (!keys.some((key) => key.toLowerCase() === wanted)) return;
      found = true;
      if (device.critical) positions.add(index);
    });
    if (!found)
      throw new UsageError(`--confirm-critical "${name}": no device with that label or address.`);
  }
  return [...positions];
}

async function confirmCritical(job: SiteJob, positions: readonly number[]): Promise<number> {
  let count = 0;
  for (const position of positions) {
    const id = job.state.order[position];
    const device = id === undefined ? undefined : job.state.devices[id];
    if (!device || device.confirmed) continue;
    if ((await job.confirmCritical(device.spec.id)).ok) count += 1;
  }
  return count;
}

function resumeWords(job: JobState, mode: 'resume' | 'retry'): string {
  const done = job.order.filter((id) => job.devices[id]?.status === 'done').length;
  const recheck = job.order.filter((id) => job.devices[id]?.status === 'running').length;
  if (mode === 'retry') return 'Retrying the devices that failed or were unreachable last time.';
  return `Interrupted job found: ${done} of ${job.order.length} devices done; ${recheck} were mid-update and are re-checked by reading their version (nothing is sent twice).`;
}

async function finish(
  job: SiteJob,
  final: JobState,
  flags: RunFlags,
  output: ReturnType<typeof siteOutputFor>,
  io: CommandIo,
): Promise<ExitCode> {
  const report = buildReport(final);
  const files: Record<string, string> = {};
  let reportFailed = false;
  for (const [kind, path, text] of [
    ['csv', flags.reportCsv, () => reportCsv(report)],
    ['html', flags.reportHtml, () => reportHtml(report)],
  ] as const) {
    if (path === undefined) continue;
    const saved = await saveReport(path, text());
    if (saved.ok) files[kind] = path;
    else {
      reportFailed = true;
      io.error(saved.error.message);
    }
  }
  output.outcome(report, job.state, files);
  const verdict = siteVerdict(report.totals);
  if (verdict === 'failed' || reportFailed) return ExitCode.failed;
  return verdict === 'unreachable' ? ExitCode.unreachable : ExitCode.ok;
}
