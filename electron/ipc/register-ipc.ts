import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { appError } from '../../shared/errors.js';
import { INVOKE_CHANNELS } from '../../shared/ipc/contract.js';
import { err } from '../../shared/result.js';
import type { Logger } from '../support/logger.js';
import type { InvokeDispatcher } from './invoke-dispatcher.js';
import { isTrustedSender } from './trusted-sender.js';

export interface RegisterIpcDeps {
  readonly dispatch: InvokeDispatcher;
  /** id of our window's webContents; null while there is no window. */
  readonly trustedContentsId: () => number | null;
  /** pathToFileURL(dist/renderer/index.html).href */
  readonly expectedUrl: string;
  readonly log: Logger;
}

/**
 * Registers one ipcMain.handle per contract channel. The sender is checked before anything
 * else (GitHub Desktop's trusted-sender habit): only the main frame of our own window,
 * showing our own index.html. Then the dispatcher validates the argument and calls the
 * service. Returns an unregister function (tests, and a clean shutdown).
 */
export function registerIpc(deps: RegisterIpcDeps): () => void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, arg: unknown) => {
      const refusal = senderRefusal(event, deps);
      if (refusal !== null) {
        deps.log.warn('refused an IPC call from an untrusted sender', { channel, ...refusal });
        return err(appError('bad-argument', `Call to ${channel} refused: untrusted sender.`));
      }
      return deps.dispatch(channel, arg);
    });
  }
  return () => {
    for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(channel);
  };
}

/** Why a sender is refused (for the log line), or null when it is trusted. */
function senderRefusal(
  event: IpcMainInvokeEvent,
  deps: RegisterIpcDeps,
): Record<string, unknown> | null {
  const frame = event.senderFrame;
  if (event.sender.id !== deps.trustedContentsId()) {
    return { reason: 'not our window', senderId: event.sender.id };
  }
  if (frame === null) return { reason: 'frame gone' };
  if (frame.parent !== null) return { reason: 'not the main frame', url: frame.url };
  if (!isTrustedSender(frame.url, deps.expectedUrl)) {
    return { reason: 'unexpected page', url: frame.url };
  }
  return null;
}
