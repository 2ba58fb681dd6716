import type { ModuleUpdate } from '../../../shared/model/device.js';
import { formatAddress } from '../../../shared/site/device-address.js';
import type { DeviceCheck } from '../../../shared/site/device-check.js';
import { RESULT_WORDS } from '../../../shared/site/device-result.js';
import { durationWords } from '../../../shared/site/estimate.js';
import type { JobState } from '../../../shared/site/job-state.js';
import type { JournalRecord } from '../../../shared/site/journal-records.js';
import type { PreflightSummary } from '../../site/preflight.js';
import { textTable } from './text-table.js';

function moduleCell(current: string | null, update: ModuleUpdate | null | undefined): string {
  const running = current ?? '?';
  if (!update) return `${running} (?)`;
  return update.hasUpdate ? `${running} → ${update.available ?? '?'}` : `${running} (current)`;
}

function hardwareCell(check: DeviceCheck): string {
  if (!check.reachable) return check.notAnOutlet ? 'not an outlet' : 'unreachable';
  return `${check.hardwareRevision ?? '?'} ${check.transport === 'tcp' ? 'TCP' : 'WebSocket'}`;
}

function decoCell(check: DeviceCheck): string {
  if (!check.reachable) return '';
  if (check.deco === null) return 'none';
  if (!check.deco.online) return 'offline';
  return moduleCell(check.deco.version, check.updates?.deco);
}

/** The pre-flight screen as text: one row per device, then the sums and warnings. */
export function preflightText(summary: PreflightSummary, job: JobState): string {
  const rows: string[][] = [
    ['Device', 'Address', 'Hardware', 'Outlet', 'Web UI', 'Deco', 'Critical'],
  ];
  for (const { deviceId, check } of summary.rows) {
    const device = job.devices[deviceId];
    if (!device) continue;
    const web = check.updates?.web;
    rows.push([
      device.spec.label,
      formatAddress(device.spec.address),
      hardwareCell(check),
      check.reachable ? moduleCell(check.versions.outlet, check.updates?.outlet) : '',
      web ? moduleCell(web.current, web) : '',
      decoCell(check),
      device.spec.critical ? (device.confirmed ? 'yes, confirmed' : 'yes') : '',
    ]);
  }
  const total = summary.rows.length;
  let text = `${textTable(rows)}\n\n`;
  text += `${summary.reachable} of ${total} reachable; ${summary.toUpdate} to update. `;
  text += `Estimated time: ${durationWords(summary.estimateSeconds)} at ${job.concurrency} at a time.\n`;
  if (summary.power === 'battery') {
    text +=
      'Warning: this computer is on battery. If it sleeps or dies mid-job, updates are interrupted; plug it in.\n';
  }
  return text;
}

/** One line for a journal record, or null for records that are not news to a person. */
export function recordWords(record: JournalRecord, job: JobState): string | null {
  const label =
    'deviceId' in record ? (job.devices[record.deviceId]?.spec.label ?? record.deviceId) : '';
  switch (record.type) {
    case 'step-started':
      return `${label}: updating the ${record.target === 'outlet' ? 'outlet' : 'faceplate'}`;
    case 'step-finished': {
      const { outcome } = record;
      const part = record.target === 'outlet' ? 'outlet' : 'faceplate';
      const versions =
        outcome.toVersion && outcome.outcome === 'updated'
          ? ` ${outcome.fromVersion ?? '?'} → ${outcome.toVersion}`
          : '';
      const recovered = record.recovered ? ' (confirmed after the restart, nothing resent)' : '';
      return `${label}: ${part} ${outcome.outcome}${versions}${recovered}`;
    }
    case 'device-finished':
      return `${label}: ${RESULT_WORDS[record.result]}${record.reason ? `: ${record.reason}` : ''}`;
    case 'job-paused':
      return pauseWords(record.reason, job);
    case 'job-resumed':
      return 'Resumed.';
    case 'job-cancelled':
      return cancelWords(job);
    default:
      return null;
  }
}

function running(job: JobState): number {
  return job.order.filter((id) => job.devices[id]?.status === 'running').length;
}

export function cancelWords(job: JobState): string {
  const n = running(job);
  return n === 0
    ? 'Cancelled: no further devices will start.'
    : `Cancelling: no further devices will start; ${n} running ${n === 1 ? 'update finishes' : 'updates finish'} first (never abandoned mid-update).`;
}

export function pauseWords(reason: JobState['pauseReason'], job: JobState): string {
  const waiting = job.order.filter((id) => job.devices[id]?.status === 'queued').length;
  switch (reason) {
    case 'failures':
      return `Paused: ${job.autoPauseAfter} devices in a row failed or were unreachable, so something may be wrong on site (Wi-Fi, power, update server). ${waiting} not started. Check, then run the same command again to resume.`;
    case 'disk':
      return `Paused: the job journal could not be written. ${waiting} not started. Free disk space, then run the same command again to resume.`;
    default:
      return `Paused: ${waiting} not started; running updates finish first.`;
  }
}
