import { DeviceInfo } from './device-info.js';
import { DeviceState, type OtaTarget } from './device-state.js';
import type { ClientLink, LinkEvents, Listener } from './link.js';
import { MessageFactory, type Envelope } from './messages.js';
import { NoiseSource } from './noise.js';
import type { ResolvedOptions } from './options.js';
import { handleRequest } from './request-handler.js';
import { parseRequest } from './request.js';
import { Rng } from './rng.js';
import { connectionFault, type ConnectionFault } from './scenarios.js';
import { Scheduler } from './scheduler.js';

/** Sensor / status pushes in the 'noise' scenario (device time). */
const NOISE_PUSH_INTERVAL_MS = 3000;

/**
 * The outlet itself: owns the state, the scheduler and the listener, sends replies and
 * pushes, and restarts. It is transport-agnostic (revA and revB share it); what happens
 * for each request lives in request-handler.ts, the OTA sequences in ota-runner.ts.
 */
export class Device implements LinkEvents {
  readonly state: DeviceState;
  readonly info: DeviceInfo;
  readonly messages: MessageFactory;
  readonly scheduler: Scheduler;
  /** Timing jitter; separate from framing so a framing change does not shift the timing. */
  readonly jitter: Rng;
  readonly fault: ConnectionFault | null;
  private readonly noise: NoiseSource | null;
  private readonly startedAt = performance.now();
  private listenerRef: Listener | null = null;
  /** While set, every client that connects gets the revB synchronous 21 with these args. */
  private syncWindow: [OtaTarget, 0 | 1] | null = null;

  constructor(readonly options: ResolvedOptions) {
    const rng = new Rng(options.seed);
    this.state = new DeviceState(options);
    this.info = new DeviceInfo(options.serial, options.rev, this.state);
    this.messages = new MessageFactory(options.serial, rng.fork(1));
    this.jitter = rng.fork(2);
    this.scheduler = new Scheduler(options.speed);
    this.fault = connectionFault(options.scenario);
    this.noise =
      options.scenario === 'noise'
        ? new NoiseSource(options.serial, rng.fork(3), this.messages, this.state)
        : null;
  }

  get listener(): Listener {
    if (this.listenerRef === null) throw new Error('Device used before attach()');
    return this.listenerRef;
  }

  /** Connects the transport (it needs this object as its event sink, hence not in the constructor). */
  attach(listener: Listener): void {
    this.listenerRef = listener;
    const noise = this.noise;
    if (noise === null) return;
    this.scheduler.every(NOISE_PUSH_INTERVAL_MS, () => {
      for (const link of this.listener.links()) noise.periodic(link);
    });
  }

  onConnect(link: ClientLink): void {
    this.state.connectionsAccepted++;
    this.log('connect', { link: link.id });
    if (this.fault === 'close-at-once') {
      link.drop();
      return;
    }
    if (this.noise !== null) this.log('noise', { link: link.id, kind: this.noise.emit(link) });
    if (this.syncWindow !== null) this.send(link, this.syncPush(...this.syncWindow));
  }

  onRequest(link: ClientLink, text: string): void {
    const request = parseRequest(text);
    if (request === null) {
      this.log('ignored', { link: link.id, text: text.slice(0, 200) });
      return;
    }
    this.messages.noteRequest(request.packetID);
    this.log('request', { link: link.id, ...request });
    handleRequest(this, link, request);
  }

  onDisconnect(link: ClientLink): void {
    this.log('disconnect', { link: link.id });
  }

  /** Sends one message to one client; the 'noise' scenario may slip garbage in before it. */
  send(link: ClientLink, envelope: Envelope): void {
    const noiseKind = this.noise?.maybe(link) ?? null;
    if (noiseKind !== null) this.log('noise', { link: link.id, kind: noiseKind });
    link.send(envelope);
  }

  reply(link: ClientLink, envelope: Envelope): void {
    this.log('reply', { link: link.id, envelope });
    this.send(link, envelope);
  }

  /** A push to every connected client; with nobody connected it is lost, like on hardware. */
  push(callbackName: number, args: unknown): void {
    const envelope = this.messages.push(callbackName, args);
    const links = this.listener.links();
    this.log('push', { callbackName, args, packetID: envelope.packetID, clients: links.length });
    for (const link of links) this.send(link, envelope);
  }

  /** Sends the synchronous 21 to the clients connected now and to each one that connects. */
  openSyncWindow(target: OtaTarget, ok: 0 | 1): void {
    this.syncWindow = [target, ok];
    for (const link of this.listener.links()) this.send(link, this.syncPush(target, ok));
  }

  closeSyncWindow(): void {
    this.syncWindow = null;
  }

  /** The outlet goes away: connections dropped, nobody can connect. */
  async goDown(kind: 'restart' | 'reboot'): Promise<void> {
    this.state.restarts++;
    this.log(kind, {});
    await this.listener.stop();
  }

  /** Listens again on the same port. */
  async comeBack(): Promise<void> {
    await this.listener.start();
    if (this.listener.listening) this.log('listening', { port: this.listener.port });
  }

  log(kind: string, detail: unknown): void {
    const at = Math.round(performance.now() - this.startedAt);
    this.options.log({ at, kind, detail });
  }

  private syncPush(target: OtaTarget, ok: 0 | 1): Envelope {
    this.log('sync-21', { args: [target, ok] });
    return this.messages.push(21, [target, ok]);
  }
}
