import type { DeviceState } from './device-state.js';
import type { ClientLink } from './link.js';
import type { MessageFactory } from './messages.js';
import type { Rng } from './rng.js';

/** How often a real frame is preceded by a noise frame in the 'noise' scenario. */
const NOISE_CHANCE = 0.5;

/** Balanced braces (so a brace-counting splitter can skip them) but not valid JSON. */
function invalidJson(serial: string): string[] {
  return [
    `{"sn":"${serial}","packetID":100001,"payload":{"callbackName":9,"callbackArgs":[1,0],},}`,
    `{sn:${serial},packetID:100002}`,
    `{"sn":"${serial}" "packetID":100003}`,
    `{"payload":{"callbackName":22,"callbackArgs":[1,NaN]}}`,
    `{'sn':'${serial}'}`,
  ];
}

/** Valid JSON that is not an object: clients must log and skip it (protocol.md §2.1). */
const BARE_VALUES = ['42', '"ok"', '[1,0]', 'null', 'true', '-1.5e3'];

type NoiseKind = 'invalid-json' | 'bare-value' | 'status' | 'sensors';
const KINDS: readonly NoiseKind[] = ['invalid-json', 'bare-value', 'status', 'sensors'];

/**
 * The 'noise' scenario: garbage and unrelated pushes (9 outlet status, 11 sensors) between
 * the messages that matter, on both transports. Pushes 9 and 11 are real device traffic
 * (protocol.md §3.8); an updater must route past them.
 */
export class NoiseSource {
  private readonly invalid: string[];

  constructor(
    serial: string,
    private readonly rng: Rng,
    private readonly messages: MessageFactory,
    private readonly state: DeviceState,
  ) {
    this.invalid = invalidJson(serial);
  }

  /** Sometimes sends one noise frame (call before each real frame). */
  maybe(link: ClientLink): NoiseKind | null {
    return this.rng.chance(NOISE_CHANCE) ? this.emit(link) : null;
  }

  emit(link: ClientLink): NoiseKind {
    const kind = this.rng.pick(KINDS);
    if (kind === 'invalid-json') link.sendText(this.rng.pick(this.invalid));
    else if (kind === 'bare-value') link.sendText(this.rng.pick(BARE_VALUES));
    else if (kind === 'sensors' && this.state.decoOnline) link.send(this.sensorPush());
    else link.send(this.statusPush());
    return kind;
  }

  /** The periodic push: sensors while the faceplate is up, else outlet status. */
  periodic(link: ClientLink): void {
    link.send(this.state.decoOnline ? this.sensorPush() : this.statusPush());
  }

  /** 9 comes as `[o1, o2]` or wrapped as `[x, [o1, o2]]` (protocol.md §3.8). */
  private statusPush() {
    const args = this.rng.chance(0.5) ? [1, 0] : [0, [1, 0]];
    return this.messages.push(9, args);
  }

  private sensorPush() {
    return this.messages.push(11, [
      2,
      {
        temperature: 21 + this.rng.int(0, 30) / 10,
        humidity: 40 + this.rng.int(0, 10),
        occupancy: this.rng.int(0, 1),
        lux: 100 + this.rng.int(0, 50),
        temphumidity_accuracy: 1,
      },
    ]);
  }
}
