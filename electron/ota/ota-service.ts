import { appError } from '../../shared/errors.js';
import { err, ok, type Result } from '../../shared/result.js';
import type { ConnectedOutlet } from '../outlet/connect-outlet.js';
import type { Clock } from '../support/clock.js';
import type { Logger } from '../support/logger.js';
import { prefixed } from '../support/logger.js';
import { OtaRunner, type OtaRequest } from './ota-runner.js';

/**
 * Starts updates and guarantees one at a time per device: two updates racing on one outlet
 * would restart it under each other. Devices are keyed by serial, so the same outlet
 * reached at two addresses is still one device.
 */
export class OtaService {
  private readonly active = new Map<string, OtaRunner>();

  constructor(
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  isUpdating(serial: string): boolean {
    return this.active.has(serial);
  }

  begin(outlet: ConnectedOutlet, request: OtaRequest): Result<OtaRunner> {
    const { serial } = outlet.info;
    if (this.active.has(serial)) {
      return err(appError('busy', `Outlet ${serial} is already being updated.`, true));
    }
    const runner = new OtaRunner(
      outlet.session,
      this.clock,
      prefixed(this.log, `[${serial} ${request.target}]`),
      request,
    );
    this.active.set(serial, runner);
    void runner.done.then(() => this.active.delete(serial));
    void runner.start();
    return ok(runner);
  }
}
