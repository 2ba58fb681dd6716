import type { RequestEnvelope } from '../../electron/protocol/envelope.js';
import type { CloseReason, Transport, TransportKind } from '../../electron/transport/transport.js';

/** An in-memory Transport: the test plays the device. */
export class FakeTransport implements Transport {
  readonly sent: RequestEnvelope[] = [];
  isOpen = true;
  private readonly messageListeners = new Set<(message: Record<string, unknown>) => void>();
  private readonly closeListeners = new Set<(reason: CloseReason) => void>();

  constructor(
    readonly kind: TransportKind = 'tcp',
    readonly remote = '127.0.0.1:3333',
  ) {}

  send(request: RequestEnvelope): boolean {
    if (!this.isOpen) return false;
    this.sent.push(request);
    return true;
  }

  onMessage(listener: (message: Record<string, unknown>) => void): () => void {
    this.messageListeners.add(listener);
    return () => this.messageListeners.delete(listener);
  }

  onWarning(): () => void {
    return () => undefined;
  }

  onClose(listener: (reason: CloseReason) => void): () => void {
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }

  close(): void {
    this.drop({ kind: 'local' });
  }

  /** The device sends one object. */
  deliver(message: Record<string, unknown>): void {
    for (const listener of [...this.messageListeners]) listener(message);
  }

  /** Replies to the last request with the given PUBACK and args. */
  reply(puback: 0 | 1, args?: unknown): void {
    const last = this.sent.at(-1);
    if (!last) throw new Error('nothing was sent');
    this.deliver({
      sn: 'SN1',
      packetID: last.packetID,
      PUBACK: puback,
      payload: { callbackName: last.payload.callbackName, callbackArgs: args },
    });
  }

  drop(reason: CloseReason = { kind: 'remote' }): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    for (const listener of [...this.closeListeners]) listener(reason);
  }
}
