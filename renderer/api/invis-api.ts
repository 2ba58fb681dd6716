import { API_GLOBAL, type InvisApi } from '../../shared/ipc/contract.js';

/*
 * The only file that touches `window.invis`. The preload exposes it with contextBridge (and
 * the end-to-end harness injects an equivalent object), so everything else in the renderer
 * goes through `invisApi()` and never learns where the bridge came from.
 */
declare global {
  interface Window {
    /** Optional on purpose: a missing preload must show an error screen, not crash. */
    invis?: InvisApi;
  }
}

/** Thrown when the preload bridge is absent: the app cannot do anything without it. */
export class BridgeMissingError extends Error {
  constructor() {
    super(`The preload bridge window.${API_GLOBAL} is missing.`);
    this.name = 'BridgeMissingError';
  }
}

/** True when the bridge exists; main.tsx checks this once to choose the error screen. */
export function hasInvisApi(): boolean {
  return window[API_GLOBAL] !== undefined;
}

/**
 * The bridge, read on every call rather than cached at import time, so a test can install a
 * fresh fake per test without reloading modules.
 */
export function invisApi(): InvisApi {
  const api = window[API_GLOBAL];
  if (api === undefined) throw new BridgeMissingError();
  return api;
}
