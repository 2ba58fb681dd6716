/** Thrown into pending sleeps when the simulator closes, so scripted sequences stop there. */
export class SimulatorClosedError extends Error {
  constructor() {
    super('simulator closed');
    this.name = 'SimulatorClosedError';
  }
}

/**
 * Every device-time timer of one simulator goes through here. Durations are in device time
 * (what a real outlet would take) and are divided by `speed`; `dispose()` clears them all,
 * which is how `close()` guarantees that nothing fires afterwards. Timers are not unref'd:
 * `npm run simulate` must stay alive while an update is scripted.
 */
export class Scheduler {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly sleepers = new Set<(error: Error) => void>();
  private disposed = false;

  constructor(private readonly speed: number) {}

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** Runs `fn` once after `deviceMs` of device time. */
  after(deviceMs: number, fn: () => void): void {
    if (this.disposed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, this.real(deviceMs));
    this.timers.add(timer);
  }

  /** Runs `fn` every `deviceMs` of device time until disposed. */
  every(deviceMs: number, fn: () => void): void {
    if (this.disposed) return;
    this.timers.add(setInterval(fn, this.real(deviceMs)));
  }

  /** Resolves after `deviceMs` of device time; rejects with SimulatorClosedError on dispose. */
  sleep(deviceMs: number): Promise<void> {
    if (this.disposed) return Promise.reject(new SimulatorClosedError());
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.sleepers.delete(reject);
        resolve();
      }, this.real(deviceMs));
      this.timers.add(timer);
      this.sleepers.add(reject);
    });
  }

  /** A promise that only settles when the simulator closes: "silent forever". */
  forever(): Promise<never> {
    if (this.disposed) return Promise.reject(new SimulatorClosedError());
    return new Promise<never>((_resolve, reject) => {
      this.sleepers.add(reject);
    });
  }

  dispose(): void {
    this.disposed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    const sleepers = [...this.sleepers];
    this.sleepers.clear();
    for (const reject of sleepers) reject(new SimulatorClosedError());
  }

  private real(deviceMs: number): number {
    return Math.max(0, deviceMs / this.speed);
  }
}
