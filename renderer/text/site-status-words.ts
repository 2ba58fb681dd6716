import { assertNever } from '../../shared/errors.js';
import type { DeviceResult } from '../../shared/site/device-result.js';
import type { DeviceState } from '../../shared/site/job-state.js';

/** What a device row's chip says: waiting, under way, or how it ended. */
export type RowStatus = 'queued' | 'running' | DeviceResult;

/** A device's status from the job itself (the journal's truth, not the live progress). */
export function rowStatus(device: DeviceState): RowStatus {
  switch (device.status) {
    case 'queued':
      return 'queued';
    case 'running':
      return 'running';
    case 'done':
      return device.result ?? 'not-run';
    default:
      return assertNever(device.status);
  }
}

/** Chip words: the meaning is in the words; the colour and the mark only repeat it. */
export const STATUS_WORDS: Record<RowStatus, string> = {
  queued: 'Queued',
  running: 'Running',
  updated: 'Updated',
  'already-current': 'Already up to date',
  failed: 'Failed',
  unreachable: 'Unreachable',
  'needs-confirmation': 'Needs confirmation',
  'not-run': 'Not run',
};

export const STATUS_MARKS: Record<RowStatus, string> = {
  queued: '…',
  running: '↻',
  updated: '✓',
  'already-current': '✓',
  failed: '✗',
  unreachable: '!',
  'needs-confirmation': '?',
  'not-run': '–',
};

/** The Run table's filters; "Needs attention" is everything that did not end well. */
export const RUN_FILTERS = ['all', 'running', 'attention', 'done'] as const;
export type RunFilter = (typeof RUN_FILTERS)[number];

export const FILTER_WORDS: Record<RunFilter, string> = {
  all: 'All',
  running: 'Running',
  attention: 'Needs attention',
  done: 'Done',
};

export function matchesFilter(status: RowStatus, filter: RunFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'running':
      return status === 'running';
    case 'done':
      return status === 'updated' || status === 'already-current';
    case 'attention':
      return (
        status === 'failed' ||
        status === 'unreachable' ||
        status === 'needs-confirmation' ||
        status === 'not-run'
      );
    default:
      return assertNever(filter);
  }
}
