import type { ScenarioName } from './types.js';

/**
 * What each scenario means. The CLI prints these names as the valid values, and the
 * descriptions are the one place where the chosen semantics are written down.
 */
export const SCENARIOS: Readonly<Record<ScenarioName, string>> = {
  success: 'normal update',
  'already-current': '20 reports available == current for IM and PM; 21 is declined',
  declined: '20 reports an update, but 21 is declined',
  stall:
    'accepts, junk 23 and three progress pushes, then no more OTA pushes; requests are still answered',
  'false-success': 'full update with 23 [t,1] and reboot, but the old version comes back',
  'never-returns': '23 [t,1], then the outlet never listens again (deco target: PM never returns)',
  'deco-wifi-fails':
    'deco via Wi-Fi fails with 23 [2,0] after some progress; via InvisOutlet works',
  'no-sync-21': 'revB never sends the synchronous 21; progress pushes come directly',
  'slow-reboot': 'like success, with a 20 s post-update reboot (unless rebootDowntimeMs is given)',
  noise: 'like success, plus invalid JSON, bare values and pushes 9 and 11 everywhere',
  'close-at-once': 'accepts every API connection and closes it at once',
  junk: 'answers every request with bytes that are not JSON',
  silent: 'accepts connections, never sends anything (not even WebSocket pongs)',
};

export const SCENARIO_NAMES = Object.keys(SCENARIOS) as ScenarioName[];

export function isScenarioName(value: string): value is ScenarioName {
  return Object.hasOwn(SCENARIOS, value);
}

/** Scenarios that never get as far as answering a request properly. */
export type ConnectionFault = 'close-at-once' | 'junk' | 'silent';

export function connectionFault(scenario: ScenarioName): ConnectionFault | null {
  return scenario === 'close-at-once' || scenario === 'junk' || scenario === 'silent'
    ? scenario
    : null;
}

/** How an accepted update ends. */
export type OtaOutcome = 'success' | 'stall' | 'false-success' | 'never-returns' | 'fails';

/** The outcome of an accepted 21 for this scenario, target and method. */
export function otaOutcome(scenario: ScenarioName, target: 1 | 2, method: 0 | 1): OtaOutcome {
  switch (scenario) {
    case 'stall':
    case 'false-success':
    case 'never-returns':
      return scenario;
    case 'deco-wifi-fails':
      return target === 2 && method === 0 ? 'fails' : 'success';
    default:
      return 'success';
  }
}
