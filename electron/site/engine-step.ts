import type { OtaOutcome, OtaTarget, OtaTimeouts } from '../../shared/model/ota.js';
import type { ConnectedOutlet } from '../outlet/connect-outlet.js';
import { readDeviceInfo } from '../outlet/device-reads.js';
import type { OtaSnapshot } from '../ota/ota-runner.js';
import type { OtaService } from '../ota/ota-service.js';
import type { DeviceWorkDeps } from './device-work.js';
import { sleep } from './wait.js';

/**
 * One target of one device through the engine, exactly as a single `update` runs it: its own
 * check (so an already-current part ends without a 21), the 21, the restart handling and the
 * version read-back. Deco uses method `auto`: Wi-Fi first, then via InvisOutlet.
 */
export async function runEngineStep(
  ota: OtaService,
  outlet: ConnectedOutlet,
  target: OtaTarget,
  timeouts: OtaTimeouts,
  onSnapshot: (snapshot: OtaSnapshot) => void,
): Promise<OtaOutcome> {
  const started = ota.begin(outlet, { target, choice: 'auto', timeouts });
  if (!started.ok) {
    return {
      outcome: 'failed',
      target,
      method: null,
      fromVersion: null,
      toVersion: null,
      reasonCode: null,
      reason: started.error.message,
      attempts: [],
    };
  }
  const runner = started.value;
  const off = runner.onChange(onSnapshot);
  try {
    return await runner.done;
  } finally {
    off();
  }
}

/**
 * After the outlet restarted, its faceplate may take a moment to report again (the PM block
 * is absent meanwhile). Wait for it up to the verify timeout; if it never shows, the Deco
 * step runs anyway and the engine reports the missing faceplate truthfully.
 */
export async function waitForDeco(outlet: ConnectedOutlet, deps: DeviceWorkDeps): Promise<void> {
  const { clock } = deps.reach;
  const deadline = clock.now() + deps.timeouts.verifyMs;
  while (clock.now() < deadline) {
    const info = outlet.session.isUp ? await readDeviceInfo(outlet.session) : null;
    if (info?.ok && info.value.deco !== null) return;
    await sleep(clock, deps.timeouts.pollMs);
  }
}
