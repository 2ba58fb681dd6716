import type { ResolvedOptions } from './options.js';
import type { SimDeco, SimulatorSnapshot } from './types.js';

export type OtaTarget = 1 | 2;
export type OtaMethod = 0 | 1;

/**
 * What the outlet and its faceplate currently are: versions, faceplate presence, and the
 * counters tests read through snapshot(). Plain data with small helpers; the scripted
 * sequences in ota-runner.ts are its only writers besides the connection counter.
 */
export class DeviceState {
  outletVersion: string;
  webVersion: string | null;
  decoVersion: string;
  readonly availableOutletVersion: string;
  readonly availableWebVersion: string | null;
  readonly availableDecoVersion: string;
  readonly deco: SimDeco;
  /** True while the faceplate reboots after its update: PM is left out of 12 and 20. */
  decoRebooting = false;
  /** True from an accepted (or revB-declined) 21 until its sequence has ended. */
  otaBusy = false;
  readonly otaRequests: Array<{ target: OtaTarget; method: OtaMethod }> = [];
  readonly updatesApplied: Array<'outlet' | 'web' | 'deco'> = [];
  restarts = 0;
  connectionsAccepted = 0;

  constructor(options: ResolvedOptions) {
    this.outletVersion = options.outletVersion;
    this.webVersion = options.webVersion;
    this.decoVersion = options.decoVersion;
    this.availableOutletVersion = options.availableOutletVersion;
    this.availableWebVersion = options.availableWebVersion;
    this.availableDecoVersion = options.availableDecoVersion;
    this.deco = options.deco;
  }

  /** The faceplate is attached, online and not rebooting: it can be asked and updated. */
  get decoOnline(): boolean {
    return this.deco === 'online' && !this.decoRebooting;
  }

  /** Nothing left to install for this target (string inequality, like the library). */
  isCurrent(target: OtaTarget): boolean {
    if (target === 2) return this.decoVersion === this.availableDecoVersion;
    return (
      this.outletVersion === this.availableOutletVersion &&
      this.webVersion === this.availableWebVersion
    );
  }

  /** Installs the available outlet firmware (and web UI on revA) after a reboot. */
  applyOutletUpdate(): void {
    if (this.webVersion !== this.availableWebVersion) {
      this.webVersion = this.availableWebVersion;
      this.updatesApplied.push('web');
    }
    if (this.outletVersion !== this.availableOutletVersion) {
      this.outletVersion = this.availableOutletVersion;
      this.updatesApplied.push('outlet');
    }
  }

  applyDecoUpdate(): void {
    if (this.decoVersion === this.availableDecoVersion) return;
    this.decoVersion = this.availableDecoVersion;
    this.updatesApplied.push('deco');
  }

  snapshot(listening: boolean): SimulatorSnapshot {
    return {
      outletVersion: this.outletVersion,
      webVersion: this.webVersion,
      decoVersion: this.deco === 'none' ? null : this.decoVersion,
      decoOnline: this.decoOnline,
      listening,
      otaRequests: this.otaRequests.map((request) => ({ ...request })),
      updatesApplied: [...this.updatesApplied],
      restarts: this.restarts,
      connectionsAccepted: this.connectionsAccepted,
    };
  }
}
