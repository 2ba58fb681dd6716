import { appError } from '../../shared/errors.js';
import type { InvokeArg, InvokeChannel, InvokeResult } from '../../shared/ipc/contract.js';
import { INVOKE_CHANNELS } from '../../shared/ipc/contract.js';
import { ARG_SCHEMAS } from '../../shared/ipc/schemas.js';
import { err } from '../../shared/result.js';
import type { Logger } from '../support/logger.js';

export type InvokeHandlers = {
  readonly [C in InvokeChannel]: (arg: InvokeArg<C>) => Promise<InvokeResult<C>>;
};

export type InvokeDispatcher = (channel: string, arg: unknown) => Promise<unknown>;

function isInvokeChannel(channel: string): channel is InvokeChannel {
  return (INVOKE_CHANNELS as readonly string[]).includes(channel);
}

/**
 * The main-side boundary every renderer call goes through (Electron's ipcMain and the test
 * bridge alike): unknown channel or malformed argument -> a `bad-argument` error value and
 * a log line; a handler that throws (a bug) -> an `internal` error value. Never a crash.
 */
export function createInvokeDispatcher(handlers: InvokeHandlers, log: Logger): InvokeDispatcher {
  return async (channel, arg) => {
    if (!isInvokeChannel(channel)) {
      log.warn('renderer called an unknown channel', { channel });
      return err(appError('bad-argument', `Unknown channel "${channel}".`));
    }
    const parsed = ARG_SCHEMAS[channel].safeParse(arg);
    if (!parsed.success) {
      const detail = parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || 'argument'}: ${issue.message}`,
      );
      log.warn('renderer sent a bad argument', { channel, detail });
      return err(appError('bad-argument', `Bad argument for ${channel}: ${detail.join('; ')}`));
    }
    try {
      const handler = handlers[channel] as (value: unknown) => Promise<unknown>;
      return await handler(parsed.data);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log.warn('handler failed', { channel, message });
      return err(appError('internal', `Something went wrong in ${channel}: ${message}`));
    }
  };
}
