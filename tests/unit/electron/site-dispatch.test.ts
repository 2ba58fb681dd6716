import { describe, expect, it } from 'vitest';
import {
  createInvokeDispatcher,
  type InvokeHandlers,
} from '../../../electron/ipc/invoke-dispatcher.js';
import type { Logger } from '../../../electron/support/logger.js';
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract.js';
import { ok } from '../../../shared/result.js';

function setup() {
  const lines: string[] = [];
  const log: Logger = { info: (m) => lines.push(m), warn: (m) => lines.push(m) };
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    INVOKE_CHANNELS.map((channel) => [
      channel,
      async () => {
        calls.push(channel);
        return ok(null);
      },
    ]),
  ) as unknown as InvokeHandlers; // one stub per channel: exactly InvokeHandlers' keys
  return { dispatch: createInvokeDispatcher(handlers, log), calls, lines };
}

const device = {
  label: 'Kitchen',
  address: { host: '192.168.1.20', tcpPort: null, wsPort: null },
  critical: false,
};

describe('the dispatcher guards the site channels', () => {
  it.each([
    ['site:create-job', { site: 'A', technician: 'B', devices: [] }],
    ['site:create-job', { site: 'A', technician: 'B', devices: [device], concurrency: 11 }],
    ['site:create-job', { site: 'A', technician: 'B', devices: [device], admin: true }],
    ['site:create-job', { site: 'A', technician: 'B', devices: [{ ...device, critical: 'yes' }] }],
    [
      'site:create-job',
      {
        site: 'A',
        technician: 'B',
        devices: [{ ...device, address: { host: '', tcpPort: 70000, wsPort: null } }],
      },
    ],
    ['site:start', {}],
    ['site:start', { jobId: '' }],
    ['site:open-job', { jobId: '../../home/ada/notes' }],
    ['site:pause', { jobId: 7 }],
    ['site:confirm-critical', { jobId: 'j' }],
    ['site:set-concurrency', { jobId: 'j', concurrency: 0 }],
    ['site:set-concurrency', { jobId: 'j', concurrency: 2.5 }],
    ['site:scan', { subnet: 10 }],
    ['site:scan', { tcpPort: 0 }],
    ['site:export-report', { jobId: 'j', format: 'docx' }],
    ['site:list-jobs', { all: true }],
  ])('refuses %s %j without calling the handler', async (channel, arg) => {
    const { dispatch, calls, lines } = setup();
    const result = await dispatch(channel, arg);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    expect(calls).toEqual([]);
    expect(lines).toContain('renderer sent a bad argument');
  });

  it('passes well-formed site calls through', async () => {
    const { dispatch, calls } = setup();
    await dispatch('site:create-job', { site: 'A', technician: '', devices: [device] });
    await dispatch('site:scan', { subnet: '192.168.1.0/24', tcpPort: 3333 });
    await dispatch('site:export-report', { jobId: 'j', format: 'pdf' });
    await dispatch('site:list-jobs', undefined);
    expect(calls).toEqual(['site:create-job', 'site:scan', 'site:export-report', 'site:list-jobs']);
  });
});
