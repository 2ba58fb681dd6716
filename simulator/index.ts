/**
 * The InvisOutlet / InvisDeco simulator: a faithful emulator of a real outlet for the
 * integration tests, the demo mode and `npm run simulate`. See README.md in this folder.
 */
export { startSimulator } from './simulator.js';
export { SCENARIO_NAMES, SCENARIOS } from './scenarios.js';
export type {
  RunningSimulator,
  ScenarioName,
  SimDeco,
  SimEvent,
  SimFraming,
  SimRevision,
  SimulatorOptions,
  SimulatorSnapshot,
} from './types.js';
