import WebSocket from 'ws';
import { RawClient, withRetry, type DeviceMessage, type RetryOptions } from './raw-client.js';

/** revA: WebSocket on /ws, one JSON value per text frame. */
export class RawWsClient extends RawClient {
  private constructor(private readonly ws: WebSocket) {
    super();
    ws.on('message', (data: WebSocket.RawData) => this.frame(String(data)));
    ws.on('error', () => undefined);
    ws.on('close', () => this.ended());
  }

  static connect(host: string, port: number, path = '/ws'): Promise<RawWsClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`ws://${host}:${port}${path}`);
      ws.once('error', reject);
      ws.once('open', () => {
        ws.off('error', reject);
        resolve(new RawWsClient(ws));
      });
    });
  }

  static connectWithRetry(host: string, port: number, retry?: RetryOptions): Promise<RawWsClient> {
    return withRetry(() => RawWsClient.connect(host, port), retry);
  }

  sendText(text: string): void {
    this.ws.send(text);
  }

  close(): void {
    this.ws.terminate();
  }

  private frame(text: string): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.invalid.push(text);
      this.changed();
      return;
    }
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      this.received(value as DeviceMessage);
    } else {
      this.stray.push(text);
      this.changed();
    }
  }
}
