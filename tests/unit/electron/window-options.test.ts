import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  withContentSecurityPolicy,
} from '../../../electron/window/content-security-policy.js';
import { BACKGROUND, windowOptions } from '../../../electron/window/window-options.js';

// window-options only imports Electron's types; the mock guards against a future value import.
vi.mock('electron', () => ({}));

describe('windowOptions', () => {
  const options = windowOptions('/app/dist-electron/preload/preload.js');

  it('isolates and sandboxes the renderer, with no Node', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist-electron/preload/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('titles the window and keeps the wizard usable at its minimum size', () => {
    expect(options.title).toBe('Invis Updater');
    expect(options.minWidth).toBeGreaterThanOrEqual(600);
    expect(options.minHeight).toBeGreaterThanOrEqual(480);
    expect(options.show).toBe(false);
  });

  it('paints the theme background before the page loads', () => {
    expect(options.backgroundColor).toBe(BACKGROUND.light);
    expect(windowOptions('/p', true).backgroundColor).toBe(BACKGROUND.dark);
  });
});

describe('content security policy', () => {
  it('allows only our own files, plus data: images', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("img-src 'self' data:");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:/);
  });

  it('replaces any policy the response carried, whatever its case, and keeps other headers', () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ['default-src *'],
      'Content-Type': ['text/html'],
    });
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
    expect(withContentSecurityPolicy(undefined)).toEqual({
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });
});
