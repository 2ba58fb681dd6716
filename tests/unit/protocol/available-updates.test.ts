import { describe, expect, it } from 'vitest';
import { parseAvailableUpdates } from '../../../electron/protocol/available-updates.js';
import { classifyMessage } from '../../../electron/protocol/envelope.js';
import { fixtureJson } from './fixtures.js';

function parsed(args: unknown) {
  const result = parseAvailableUpdates(args);
  if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
  return result.value;
}

describe('parseAvailableUpdates', () => {
  it('reads the documented success reply', () => {
    const msg = classifyMessage(fixtureJson('available-updates-reply.json'));
    expect(msg.kind).toBe('reply');
    expect(parsed(msg.kind === 'reply' ? msg.args : null)).toEqual({
      outlet: { current: '0.0.1', available: '0.0.1', hasUpdate: false },
      web: { current: '0.1.2', available: '0.3.0', hasUpdate: true },
      deco: { current: '0.5.0', available: '0.5.1', hasUpdate: true },
    });
  });

  it('gives web null without www fields and deco null without PM', () => {
    const updates = parsed({ IM: { fw_rev: '1.0', available_fw_rev: '1.1' } });
    expect(updates.web).toBeNull();
    expect(updates.deco).toBeNull();
    expect(updates.outlet.hasUpdate).toBe(true);
  });

  it('uses string inequality, not version ordering', () => {
    expect(parsed({ IM: { fw_rev: '1.10', available_fw_rev: '1.9' } }).outlet.hasUpdate).toBe(true);
  });

  it('reports no update when available is blank or missing', () => {
    expect(parsed({ IM: { fw_rev: '1.0', available_fw_rev: '' } }).outlet).toEqual({
      current: '1.0',
      available: null,
      hasUpdate: false,
    });
    expect(parsed({ IM: { fw_rev: '1.0' } }).outlet.hasUpdate).toBe(false);
  });

  it('reports an update when the current version is unknown', () => {
    expect(parsed({ IM: { available_fw_rev: '2.0' } }).outlet.hasUpdate).toBe(true);
  });

  it('accepts numbers and trims spaces', () => {
    expect(parsed({ IM: { fw_rev: 2, available_fw_rev: ' 2 ' } }).outlet).toEqual({
      current: '2',
      available: '2',
      hasUpdate: false,
    });
  });

  it.each([[null], [[]], [{}], [{ IM: 'x' }], [{ PM: { fw_rev: '1' } }]])('rejects %j', (args) => {
    const result = parseAvailableUpdates(args);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/available updates/);
  });
});
