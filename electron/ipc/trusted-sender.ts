/**
 * Whether an IPC call comes from our own page. The renderer is loaded from one file:// URL;
 * a frame showing anything else (a navigation that slipped through, an injected iframe) must
 * not reach the services. Query and hash are ignored: they do not change which document
 * runs, and a hash router may use them.
 */
export function isTrustedSender(frameUrl: string | null | undefined, expectedUrl: string): boolean {
  if (!frameUrl) return false;
  const actual = parseFileUrl(frameUrl);
  const expected = parseFileUrl(expectedUrl);
  if (actual === null || expected === null) return false;
  if (actual.host !== expected.host) return false;
  // Windows drive letters and paths are case-insensitive; Chromium and pathToFileURL can
  // disagree on the drive letter's case.
  return isWindowsPath(expected.path)
    ? actual.path.toLowerCase() === expected.path.toLowerCase()
    : actual.path === expected.path;
}

function parseFileUrl(value: string): { host: string; path: string } | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'file:') return null;
  try {
    // Compare decoded paths: one side may escape a character the other leaves alone.
    return { host: url.host, path: decodeURIComponent(url.pathname) };
  } catch {
    return null; // malformed escape: not our page
  }
}

function isWindowsPath(pathname: string): boolean {
  return /^\/[a-zA-Z]:\//.test(pathname);
}
