import type { AppError, AppErrorCode } from '../../shared/errors.js';

/** What to try next, per error code: the CLI's half of "clear errors instead of stack traces". */
const ADVICE: Record<AppErrorCode, string> = {
  'bad-argument': 'Check the command line (see --help).',
  'invalid-address': 'Check the address: an IP address like 192.168.1.20 or a host name.',
  unreachable: 'Check that the outlet has power and that this computer is on the same network.',
  refused:
    'Nothing answered on the InvisOutlet ports; check the address, or pass --tcp-port/--ws-port.',
  timeout: 'The device did not answer in time; check the address and the Wi-Fi signal.',
  'not-an-outlet': 'Check that the address belongs to an InvisOutlet.',
  'connection-lost':
    'Close other apps connected to the outlet (it accepts few connections), then try again.',
  protocol: 'The device sent data that makes no sense; restart the outlet and try again.',
  'device-rejected': 'Try again in a minute; restart the outlet if it keeps happening.',
  busy: 'Wait for the running update to finish.',
  'no-faceplate': 'Attach an InvisDeco faceplate first.',
  'faceplate-offline': 'Check the faceplate is seated properly, or restart it.',
  cancelled: 'Run the command again when ready.',
  disk: 'Free some disk space (or fix the folder permissions), then run the command again.',
  internal: 'This is a bug in Invis Updater; please report it with the log.',
};

export function errorLine(error: AppError): string {
  const message = error.message.replace(/\.$/, '');
  return `${message}. ${ADVICE[error.code]}`;
}
