import type { Socket } from 'node:net';

export interface KeepAliveOptions {
  /** Idle time before the first probe. */
  idleMs: number;
  /** Gap between unanswered probes. */
  intervalMs: number;
  /** Unanswered probes before the kernel declares the peer dead. */
  count: number;
}

/**
 * The reference library's values (protocol.md §2.3): about 30 s to notice a half-open
 * socket after a router drops state or the outlet loses power. The one place to tune them.
 */
export const DEFAULT_KEEPALIVE: Readonly<KeepAliveOptions> = {
  idleMs: 15_000,
  intervalMs: 5_000,
  count: 3,
};

/**
 * Enables SO_KEEPALIVE and disables Nagle (requests are tiny and latency-bound).
 *
 * Limitation: Node 20's net.Socket only exposes the idle time (TCP_KEEPIDLE, via
 * `setKeepAlive(true, idleMs)`); there is no API for TCP_KEEPINTVL or TCP_KEEPCNT, so
 * `intervalMs` and `count` fall back to the OS defaults (Linux: 75 s x 9; libuv sets its own
 * on some platforms). Dead-peer detection on TCP therefore takes longer than the library's
 * 30 s; the session's request timeouts cover the gap. The values are kept here so they can
 * be applied the day Node (or a native helper) allows it.
 */
export function applySocketOptions(socket: Socket, keepAlive: KeepAliveOptions): void {
  socket.setNoDelay(true);
  socket.setKeepAlive(true, keepAlive.idleMs);
}
