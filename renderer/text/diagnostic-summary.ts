import type { AppInfo, DeviceView, OtaView } from '../../shared/ipc/contract.js';
import { methodWords } from '../../shared/ota/outcome-text.js';
import { revisionWords, transportWords } from './device-words';

export interface SummaryFacts {
  readonly device: DeviceView | null;
  readonly view: OtaView;
  readonly appInfo: AppInfo | null;
  /** When the summary was made (ms since the epoch). */
  readonly now: number;
}

function stamp(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * A plain-text report an installer can paste into a ticket: enough to tell what happened
 * without the log, and nothing personal beyond the device's own identifiers.
 */
export function diagnosticSummary({ device, view, appInfo, now }: SummaryFacts): string {
  const state = view.run.state;
  const outcome = state.name === 'finished' ? state.outcome : null;
  const attempts = view.run.context.attempts.map(
    (attempt, index) =>
      `  ${index + 1}. ${methodWords(attempt.method)}: ${attempt.result}` +
      (attempt.reasonCode ? ` [${attempt.reasonCode}] ${attempt.reason ?? ''}`.trimEnd() : ''),
  );
  const lines = [
    'Invis Updater diagnostic summary',
    `App version: ${appInfo?.version ?? 'unknown'} (${appInfo?.platform ?? 'unknown platform'})`,
    `Device serial: ${view.deviceId}`,
    `Model: ${device?.info.model ?? 'unknown'}${device?.demo ? ' (demo outlet)' : ''}`,
    `Hardware revision: ${device ? revisionWords(device) : 'unknown'}`,
    `Transport: ${device ? transportWords(device) : 'unknown'}`,
    `Target: ${view.run.context.target}`,
    `Method chosen: ${view.run.context.choice}`,
    `Outcome: ${outcome?.outcome ?? `not finished (${state.name})`}`,
    `Reason: ${outcome?.reasonCode ?? 'none'}${outcome?.reason ? ` — ${outcome.reason}` : ''}`,
    `Version before: ${outcome?.fromVersion ?? view.run.context.fromVersion ?? 'unknown'}`,
    `Version after: ${outcome?.toVersion ?? 'unknown'}`,
    `Attempts (${attempts.length}):`,
    ...(attempts.length > 0 ? attempts : ['  none (the update was not started)']),
    `Run id: ${view.runId}`,
    `Started: ${stamp(view.startedAt)}`,
    `Last change: ${stamp(view.at)}`,
    `Summary made: ${stamp(now)}`,
    `Log file: ${appInfo?.logPath ?? 'not available'}`,
  ];
  return lines.join('\n');
}
