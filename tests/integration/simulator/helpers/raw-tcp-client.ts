import { connect, type Socket } from 'node:net';
import { RawClient, withRetry, type RetryOptions } from './raw-client.js';
import { ReferenceScanner } from './reference-scanner.js';

/** revB: raw TCP; keeps every chunk so framing tests can look at read boundaries. */
export class RawTcpClient extends RawClient {
  readonly chunks: Buffer[] = [];
  private readonly scanner = new ReferenceScanner({
    object: (value) => this.received(value),
    invalid: (text) => {
      this.invalid.push(text);
      this.changed();
    },
    stray: (text) => {
      this.stray.push(text);
      this.changed();
    },
  });

  private constructor(private readonly socket: Socket) {
    super();
    socket.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.scanner.push(chunk);
    });
    socket.on('error', () => undefined);
    socket.on('close', () => this.ended());
  }

  static connect(host: string, port: number): Promise<RawTcpClient> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host, port });
      socket.once('error', reject);
      socket.once('connect', () => {
        socket.off('error', reject);
        resolve(new RawTcpClient(socket));
      });
    });
  }

  static connectWithRetry(host: string, port: number, retry?: RetryOptions): Promise<RawTcpClient> {
    return withRetry(() => RawTcpClient.connect(host, port), retry);
  }

  sendText(text: string): void {
    this.socket.write(text);
  }

  sendBytes(bytes: Buffer): void {
    this.socket.write(bytes);
  }

  close(): void {
    this.socket.destroy();
  }
}
