import type { Envelope } from './messages.js';

/**
 * One connected client as the device core sees it, whatever the transport. The core never
 * touches sockets, so revA (WebSocket) and revB (TCP) share every scripted behaviour.
 */
export interface ClientLink {
  readonly id: number;
  /** Sends one JSON message (a TCP link applies the framing option). */
  send(envelope: Envelope): void;
  /** Sends text that is deliberately not a valid envelope ('noise'). */
  sendText(text: string): void;
  /** Sends bytes that are not JSON at all ('junk'). */
  sendJunk(): void;
  /** Drops the connection at once, flushing what was already queued. */
  drop(): void;
}

/** What a transport reports to the device core. */
export interface LinkEvents {
  onConnect(link: ClientLink): void;
  /** One request text (TCP: one scanned object; WebSocket: one text frame). */
  onRequest(link: ClientLink, text: string): void;
  onDisconnect(link: ClientLink): void;
}

/** A transport's server side, which can stop and listen again on the same port (reboots). */
export interface Listener {
  readonly port: number;
  readonly listening: boolean;
  links(): ClientLink[];
  /** Listens (again) on the same port; a no-op once disposed. */
  start(): Promise<void>;
  /** Stops listening and drops every client, like a device that reboots. */
  stop(): Promise<void>;
  /** Stops for good; resolves when every socket is closed. */
  dispose(): Promise<void>;
}

/** Numbers connections across restarts, so log lines can be told apart. */
let nextLinkId = 1;
export function newLinkId(): number {
  return nextLinkId++;
}
