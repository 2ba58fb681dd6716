import type { MethodChoice } from '../../shared/model/ota.js';

export interface MethodOption {
  readonly value: MethodChoice;
  readonly label: string;
  readonly explanation: string;
}

/** The three ways a faceplate can fetch its update, each explained in one sentence. */
export const METHOD_OPTIONS: readonly MethodOption[] = [
  {
    value: 'auto',
    label: 'Automatic (recommended)',
    explanation:
      'Tries the faceplate’s own Wi-Fi first and, if that does not work, sends the update through the outlet.',
  },
  {
    value: 'wifi',
    label: 'Wi-Fi only',
    explanation: 'The faceplate downloads the update over its own Wi-Fi connection.',
  },
  {
    value: 'outlet',
    label: 'Via InvisOutlet only',
    explanation:
      'The outlet downloads the update and passes it to the faceplate; useful when the faceplate’s Wi-Fi is weak.',
  },
];
