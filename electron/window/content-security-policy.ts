/**
 * The page may load only its own files: no remote scripts, styles, images or connections
 * (the renderer never talks to the network; main does). `data:` images cover inlined icons.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

type Headers = Record<string, string[]>;

/**
 * Response headers with our policy in place of any the response carried (header names are
 * case-insensitive, so a server-sent `content-security-policy` must not survive beside ours).
 */
export function withContentSecurityPolicy(headers: Headers | undefined): Headers {
  const kept = Object.entries(headers ?? {}).filter(
    ([name]) => name.toLowerCase() !== 'content-security-policy',
  );
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}
