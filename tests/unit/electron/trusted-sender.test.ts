import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../electron/ipc/trusted-sender.js';

const index = 'file:///opt/Invis%20Updater/resources/app.asar/dist/renderer/index.html';

describe('isTrustedSender', () => {
  it('accepts our own index.html, with or without a hash or query', () => {
    expect(isTrustedSender(index, index)).toBe(true);
    expect(isTrustedSender(`${index}#/result`, index)).toBe(true);
    expect(isTrustedSender(`${index}?step=2`, index)).toBe(true);
  });

  it('compares decoded paths, so escaping differences do not matter', () => {
    const raw = 'file:///opt/Invis Updater/resources/app.asar/dist/renderer/index.html';
    expect(isTrustedSender(raw, index)).toBe(true);
  });

  it('refuses other files, other schemes and remote pages', () => {
    expect(isTrustedSender(index.replace('index.html', 'other.html'), index)).toBe(false);
    expect(isTrustedSender('file:///etc/passwd', index)).toBe(false);
    expect(isTrustedSender('https://evil.example/index.html', index)).toBe(false);
    expect(isTrustedSender('http://127.0.0.1:5173/', index)).toBe(false);
    expect(isTrustedSender('devtools://devtools/bundled/index.html', index)).toBe(false);
    expect(isTrustedSender('about:blank', index)).toBe(false);
  });

  it('refuses a file URL on another host (UNC share)', () => {
    const unc = 'file://evil-host/opt/Invis%20Updater/resources/app.asar/dist/renderer/index.html';
    expect(isTrustedSender(unc, index)).toBe(false);
  });

  it('refuses missing, empty and malformed URLs', () => {
    expect(isTrustedSender(null, index)).toBe(false);
    expect(isTrustedSender(undefined, index)).toBe(false);
    expect(isTrustedSender('', index)).toBe(false);
    expect(isTrustedSender('not a url', index)).toBe(false);
    expect(isTrustedSender('file:///opt/%E0%A4%A', index)).toBe(false);
  });

  it('ignores drive-letter case on Windows paths only', () => {
    const win =
      'file:///C:/Program%20Files/Invis%20Updater/resources/app.asar/dist/renderer/index.html';
    expect(isTrustedSender(win.replace('C:', 'c:'), win)).toBe(true);
    expect(isTrustedSender(index.replace('/opt/', '/OPT/'), index)).toBe(false);
  });
});
