import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * revA has a web UI on the same port as its WebSocket (protocol.md §2.1, "Visit device"
 * link in HA). Clients may probe it to tell revA from revB, so GET / answers with a tiny
 * page; everything else is 404.
 */
export function serveWebPage(
  request: IncomingMessage,
  response: ServerResponse,
  serial: string,
): void {
  const path = (request.url ?? '/').split('?')[0];
  if (request.method !== 'GET' || (path !== '/' && path !== '/index.html')) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not Found');
    return;
  }
  const body =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>InvisOutlet</title>' +
    `</head><body><h1>InvisOutlet</h1><p>Serial ${escapeHtml(serial)}</p></body></html>`;
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end(body);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
