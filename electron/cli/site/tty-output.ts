import { RESULT_WORDS } from '../../../shared/site/device-result.js';
import type { JobState } from '../../../shared/site/job-state.js';
import type { DeviceProgress } from '../../../shared/site/site-events.js';
import { outcomeCounts, totalsOf } from '../../../shared/site/site-totals.js';
import { outcomeText } from './outcome-words.js';
import { preflightText, recordWords } from './site-words.js';
import type { SiteOutput, Write } from './site-output.js';
import { openedText } from './text-output.js';
import { textTable } from './text-table.js';

const REDRAW_MS = 200;

function statusCell(job: JobState, id: string, live: DeviceProgress | undefined): string {
  const device = job.devices[id];
  if (!device) return '';
  if (device.status === 'done') return RESULT_WORDS[device.result ?? 'not-run'];
  if (device.status === 'queued') return 'waiting';
  if (!live) return 'starting';
  return `${String(Math.round(live.fraction * 100)).padStart(3)}%  ${live.status}`;
}

/** "12 of 30 done: 10 updated, 2 failed; 3 running, 15 waiting". */
export function liveLine(job: JobState): string {
  const devices = job.order.flatMap((id) => (job.devices[id] ? [job.devices[id]] : []));
  const done = devices.flatMap((device) =>
    device.status === 'done' && device.result ? [device.result] : [],
  );
  const parts = outcomeCounts(totalsOf(done));
  const running = devices.filter((device) => device.status === 'running').length;
  const waiting = devices.filter((device) => device.status === 'queued').length;
  const head = `${done.length} of ${devices.length} done${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
  return `${head}; ${running} running, ${waiting} waiting`;
}

/**
 * A compact live table on a TTY: one line per device, redrawn in place at most every 200 ms,
 * with the running totals underneath. Pause and cancel messages print above it.
 */
export function ttySiteOutput(write: Write, columns: () => number): SiteOutput {
  const live = new Map<string, DeviceProgress>();
  let height = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let latest: JobState | null = null;
  const clear = () => {
    if (height > 0) write(`\x1b[${height}A\x1b[J`);
    height = 0;
  };
  const draw = () => {
    timer = null;
    if (!latest) return;
    const job = latest;
    const width = Math.max(40, columns() - 1);
    const rows = job.order.map((id) => [
      job.devices[id]?.spec.label ?? id,
      statusCell(job, id, live.get(id)),
    ]);
    const lines = `${textTable(rows, 40)}\n${liveLine(job)}`
      .split('\n')
      .map((line) => line.slice(0, width));
    clear();
    write(`${lines.join('\n')}\n`);
    height = lines.length;
  };
  const schedule = (job: JobState) => {
    latest = job;
    timer ??= setTimeout(draw, REDRAW_MS);
  };
  const message = (text: string) => {
    clear();
    write(text);
    if (latest) schedule(latest);
  };
  return {
    opened: (job, journal, resumed) => write(openedText(job, journal, resumed)),
    preflight: (summary, job) => write(`\n${preflightText(summary, job)}\n`),
    event: (event, job) => {
      if (event.type === 'progress') live.set(event.progress.deviceId, event.progress);
      if (event.type === 'record') {
        if (event.record.type === 'device-finished') live.delete(event.record.deviceId);
        const pausing = ['job-paused', 'job-cancelled'].includes(event.record.type);
        const words = pausing ? recordWords(event.record, job) : null;
        if (words) message(`${words}\n`);
      }
      schedule(job);
    },
    note: (words) => message(`${words}\n`),
    outcome: (report, job, files) => {
      if (timer) clearTimeout(timer);
      timer = null;
      clear();
      write(outcomeText(report, job, files));
    },
  };
}
