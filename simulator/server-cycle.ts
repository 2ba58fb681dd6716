import type { Server, Socket } from 'node:net';

/** How often, and how long apart, to retry when the old port is briefly still taken. */
const LISTEN_ATTEMPTS = 20;
const LISTEN_RETRY_MS = 50;

/**
 * Listen / stop / listen again on one port for a net.Server (an http.Server is one too).
 * Reboots stop the server while scripted sequences keep running, and close() may arrive in
 * the middle of a restart, so every operation is queued on one promise chain: a start
 * queued after dispose() does nothing, and dispose() waits for a start already under way.
 * That is how "close() while rebooting must not leave a listener behind" holds.
 */
export class ServerCycle {
  private chain: Promise<void> = Promise.resolve();
  private readonly sockets = new Set<Socket>();
  private disposed = false;
  private isListening = false;
  private hasListened = false;
  private boundPort: number;

  constructor(
    private readonly server: Server,
    private readonly host: string,
    port: number,
    private readonly dropLinks: () => void,
  ) {
    this.boundPort = port;
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
  }

  get port(): number {
    return this.boundPort;
  }

  get listening(): boolean {
    return this.isListening;
  }

  start(): Promise<void> {
    return this.enqueue(async () => {
      if (this.disposed || this.isListening) return;
      await this.listenWithRetry();
      this.isListening = true;
    });
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.close());
  }

  dispose(): Promise<void> {
    return this.enqueue(() => {
      this.disposed = true;
      return this.close();
    });
  }

  private enqueue(operation: () => Promise<void>): Promise<void> {
    const next = this.chain.then(operation);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async close(): Promise<void> {
    if (this.isListening) {
      this.isListening = false;
      const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
      this.dropAll();
      await closed;
    } else {
      this.dropAll();
    }
  }

  private dropAll(): void {
    this.dropLinks();
    for (const socket of this.sockets) socket.destroy();
  }

  /**
   * Retries only when listening AGAIN after a restart: the old port can be briefly taken.
   * A port that is busy at the first start is the caller's problem and fails at once.
   */
  private async listenWithRetry(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.listenOnce();
        this.hasListened = true;
        return;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'EADDRINUSE' || !this.hasListened || attempt >= LISTEN_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, LISTEN_RETRY_MS));
      }
    }
  }

  private listenOnce(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const onError = (error: Error): void => {
        this.server.off('listening', onListening);
        reject(error);
      };
      const onListening = (): void => {
        this.server.off('error', onError);
        const address = this.server.address();
        if (address !== null && typeof address === 'object') this.boundPort = address.port;
        resolve();
      };
      this.server.once('error', onError);
      this.server.once('listening', onListening);
      this.server.listen(this.boundPort, this.host);
    });
  }
}
