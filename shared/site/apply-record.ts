import { assertNever } from '../errors.js';
import { isFailure, isSuccess } from './device-result.js';
import type { JournalRecord } from './journal-records.js';
import { newDeviceState, type DeviceState, type JobState } from './job-state.js';

/** Builds a job from its journal; null when the first record is not `job-created`. */
export function replay(records: readonly JournalRecord[]): JobState | null {
  const [first, ...rest] = records;
  if (first?.type !== 'job-created') return null;
  return rest.reduce(applyRecord, createJob(first));
}

export function createJob(record: Extract<JournalRecord, { type: 'job-created' }>): JobState {
  return {
    jobId: record.jobId,
    site: record.site,
    technician: record.technician,
    source: record.source,
    createdAt: record.at,
    startedAt: null,
    finishedAt: null,
    concurrency: record.concurrency,
    autoPauseAfter: record.autoPauseAfter,
    control: 'idle',
    pauseReason: null,
    consecutiveFailures: 0,
    order: record.devices.map((device) => device.id),
    devices: Object.fromEntries(record.devices.map((spec) => [spec.id, newDeviceState(spec)])),
  };
}

/** The pure reducer: the job after one more record. Records for unknown devices are ignored. */
export function applyRecord(job: JobState, record: JournalRecord): JobState {
  switch (record.type) {
    case 'job-created':
      return job;
    case 'job-started':
      return { ...job, control: 'running', startedAt: job.startedAt ?? record.at };
    case 'job-paused':
      return job.control === 'running' || job.control === 'idle'
        ? { ...job, control: 'paused', pauseReason: record.reason }
        : job;
    case 'job-resumed':
      return job.control === 'finished'
        ? job
        : { ...job, control: 'running', pauseReason: null, consecutiveFailures: 0 };
    case 'job-cancelled':
      return job.control === 'finished'
        ? job
        : { ...job, control: 'cancelling', pauseReason: null };
    case 'job-finished':
      return finishJob(job, record.at);
    case 'concurrency-set':
      return { ...job, concurrency: record.concurrency };
    case 'details-changed':
      return { ...job, site: record.site, technician: record.technician };
    case 'retry-requested':
      return retry(job, record.deviceIds);
    case 'device-finished':
      return deviceFinished(job, record);
    case 'device-checked':
    case 'device-started':
    case 'step-started':
    case 'step-finished':
    case 'device-requeued':
    case 'critical-confirmed':
    case 'address-changed':
    case 'label-changed':
      return updateDevice(job, record.deviceId, (device) => applyToDevice(device, record));
    default:
      return assertNever(record);
  }
}

type DeviceRecord = Extract<JournalRecord, { deviceId: string }>;

function applyToDevice(device: DeviceState, record: DeviceRecord): DeviceState {
  switch (record.type) {
    case 'device-checked': {
      const check = record.check;
      const good = check.reachable && check.serial !== null;
      return {
        ...device,
        lastCheck: check,
        firstCheck: device.firstCheck ?? (good ? check : null),
        serial: device.serial ?? (good ? check.serial : null),
      };
    }
    case 'device-started':
      return {
        ...device,
        status: 'running',
        runSteps: [],
        result: null,
        reason: null,
        runStartedAt: record.at,
      };
    case 'step-started': {
      const { target, serial, from, at } = record;
      return { ...device, activeStep: { target, serial, from, startedAt: at } };
    }
    case 'step-finished': {
      const startedAt = device.activeStep?.startedAt ?? record.at;
      const step = { ...record, startedAt, finishedAt: record.at };
      const { target, outcome, recovered, finishedAt } = step;
      const result = { target, outcome, recovered, startedAt, finishedAt };
      return {
        ...device,
        activeStep: null,
        steps: [...device.steps, result],
        runSteps: [...device.runSteps, result],
      };
    }
    case 'device-requeued':
      return { ...device, status: 'queued', activeStep: null, runStartedAt: null };
    case 'critical-confirmed':
      return { ...device, confirmed: true };
    case 'address-changed':
      return { ...device, spec: { ...device.spec, address: record.address } };
    case 'label-changed':
      return { ...device, spec: { ...device.spec, label: record.label } };
    case 'device-finished':
      return device;
    default:
      return assertNever(record);
  }
}

function deviceFinished(
  job: JobState,
  record: Extract<JournalRecord, { type: 'device-finished' }>,
): JobState {
  const device = job.devices[record.deviceId];
  if (!device) return job;
  const busy = device.runStartedAt === null ? 0 : Math.max(0, record.at - device.runStartedAt);
  const next = updateDevice(job, record.deviceId, () => ({
    ...device,
    status: 'done',
    activeStep: null,
    result: record.result,
    reason: record.reason,
    after: record.after,
    finishedAt: record.at,
    busyMs: device.busyMs + busy,
    runStartedAt: null,
  }));
  // Rule: three failed or unreachable devices in a row pause the job (something is wrong on site).
  let failures = job.consecutiveFailures;
  if (isFailure(record.result)) failures += 1;
  else if (isSuccess(record.result)) failures = 0;
  const autoPause = failures >= job.autoPauseAfter && job.control === 'running';
  return autoPause
    ? { ...next, consecutiveFailures: failures, control: 'paused', pauseReason: 'failures' }
    : { ...next, consecutiveFailures: failures };
}

function retry(job: JobState, deviceIds: readonly string[]): JobState {
  let next = job;
  for (const id of deviceIds) {
    next = updateDevice(next, id, (device) =>
      device.status === 'done'
        ? { ...device, status: 'queued', result: null, reason: null }
        : device,
    );
  }
  return {
    ...next,
    control: 'running',
    pauseReason: null,
    consecutiveFailures: 0,
    finishedAt: null,
  };
}

function finishJob(job: JobState, at: number): JobState {
  let next: JobState = { ...job, control: 'finished', pauseReason: null, finishedAt: at };
  for (const id of job.order) {
    next = updateDevice(next, id, (device) =>
      device.status === 'queued'
        ? {
            ...device,
            status: 'done',
            result: 'not-run',
            reason: 'The job ended before this device was started.',
          }
        : device,
    );
  }
  return next;
}

function updateDevice(
  job: JobState,
  id: string,
  change: (device: DeviceState) => DeviceState,
): JobState {
  const device = job.devices[id];
  if (!device) return job;
  return { ...job, devices: { ...job.devices, [id]: change(device) } };
}
