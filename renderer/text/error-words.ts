import type { AppError, AppErrorCode } from '../../shared/errors.js';

export interface ErrorWords {
  /** What happened, in one short sentence. */
  readonly title: string;
  /** What to try next. */
  readonly advice: string;
}

/** The one table from AppError codes to the words a person sees (design.md habit 4). */
export const ERROR_WORDS: Record<AppErrorCode, ErrorWords> = {
  'bad-argument': {
    title: 'The app made a request it should not have.',
    advice: 'Start over. If it happens again, copy the diagnostic summary and report it.',
  },
  'invalid-address': {
    title: 'That address is not valid.',
    advice: 'Enter an IP address like 192.168.1.20 or a host name like outlet-kitchen.local.',
  },
  unreachable: {
    title: 'The outlet could not be reached.',
    advice:
      'Check that the outlet has power, that this computer is on the same network, and that the address is right. Your router’s list of devices shows the outlet’s address.',
  },
  refused: {
    title: 'Something is at that address, but it did not accept the connection.',
    advice:
      'Check that the address belongs to the outlet and not another device. If you changed a port under Advanced, try the default.',
  },
  timeout: {
    title: 'The outlet did not answer in time.',
    advice: 'It may be restarting or have a weak Wi-Fi signal. Wait a minute, then try again.',
  },
  'not-an-outlet': {
    title: 'The device at that address does not look like an InvisOutlet.',
    advice: 'Check the address. Your router’s list of devices shows which address is the outlet.',
  },
  'connection-lost': {
    title: 'The connection to the outlet was lost.',
    advice:
      'Close other apps connected to the outlet (it accepts only a few connections), check the Wi-Fi, then try again.',
  },
  protocol: {
    title: 'The outlet sent an answer the app could not understand.',
    advice: 'Restart the outlet and try again. If it keeps happening, copy the diagnostic summary.',
  },
  'device-rejected': {
    title: 'The outlet turned the request down.',
    advice: 'Wait a minute and try again. Restart the outlet if it keeps happening.',
  },
  busy: {
    title: 'An update is already running on this outlet.',
    advice: 'Wait for it to finish, then refresh.',
  },
  'no-faceplate': {
    title: 'No InvisDeco faceplate is attached to this outlet.',
    advice: 'Attach a faceplate first, or update the outlet instead.',
  },
  'faceplate-offline': {
    title: 'The InvisDeco faceplate is offline.',
    advice: 'Check that the faceplate is firmly seated on the outlet, wait a minute, then refresh.',
  },
  cancelled: {
    title: 'Cancelled.',
    advice: 'You can try again when you are ready.',
  },
  disk: {
    title: 'A file on this computer could not be written or read.',
    advice:
      'Free some disk space or choose another folder, then try again. Nothing already recorded is lost.',
  },
  internal: {
    title: 'Something went wrong inside Invis Updater.',
    advice:
      'Try again. If it keeps happening, restart the app and copy the diagnostic summary for support.',
  },
};

export function errorWords(error: AppError): ErrorWords {
  return ERROR_WORDS[error.code];
}
