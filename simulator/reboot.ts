import type { Device } from './device.js';
import type { OtaOutcome } from './scenarios.js';

/**
 * The outlet reboots after `23 [1,1]`: every connection drops and nobody can connect for
 * the reboot downtime, then it listens on the same port with the new versions (or, for
 * 'false-success', the old ones). 'never-returns' stays down until close().
 */
export async function rebootOutlet(device: Device, outcome: OtaOutcome): Promise<void> {
  await device.goDown('reboot');
  if (outcome === 'never-returns') {
    device.log('never-returns', { target: 1 });
    await device.scheduler.forever();
  }
  await device.scheduler.sleep(device.options.rebootDowntimeMs);
  if (outcome !== 'false-success') {
    device.state.applyOutletUpdate();
    device.log('update-applied', {
      outlet: device.state.outletVersion,
      web: device.state.webVersion,
    });
  }
  await device.comeBack();
}

/**
 * The faceplate reboots after `23 [2,1]`: PM is absent from 12 and 20 meanwhile, and the
 * outlet connection stays up (protocol.md §2.5). 'never-returns' keeps PM absent for good.
 */
export async function rebootDeco(device: Device, outcome: OtaOutcome): Promise<void> {
  device.state.decoRebooting = true;
  device.log('deco-reboot', {});
  if (outcome === 'never-returns') {
    device.log('never-returns', { target: 2 });
    await device.scheduler.forever();
  }
  await device.scheduler.sleep(device.options.rebootDowntimeMs);
  if (outcome !== 'false-success') device.state.applyDecoUpdate();
  device.state.decoRebooting = false;
  device.log('deco-back', { version: device.state.decoVersion });
}
