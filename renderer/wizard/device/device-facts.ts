import type { DeviceView } from '../../../shared/ipc/contract.js';
import type { Fact } from '../../components/fact-list';
import { revisionWords, transportWords } from '../../text/device-words';

/** The identity facts an installer checks against the label on the outlet. */
export function deviceFacts(view: DeviceView): readonly Fact[] {
  const { info } = view;
  return [
    { term: 'Serial number', value: info.serial },
    { term: 'Model', value: info.model ?? 'InvisOutlet (model not reported)' },
    { term: 'Hardware revision', value: revisionWords(view) },
    { term: 'Connection', value: transportWords(view) },
    { term: 'Address', value: view.host },
    {
      term: 'Faceplate',
      value:
        info.deco === null
          ? 'None attached'
          : `${[info.deco.model ?? 'InvisDeco', info.deco.variant].filter(Boolean).join(' ')}, ${info.deco.online ? 'online' : 'offline'}`,
    },
  ];
}
