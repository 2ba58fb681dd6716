import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL } from '../shared/ipc/contract.js';
import { buildInvisApi } from './ipc/preload-api.js';

/*
 * The preload: exposes `window.invis` (domain verbs + `on…` subscriptions) and nothing
 * else; never ipcRenderer itself. It runs sandboxed, where `require` only knows 'electron'
 * and a few built-ins, so vite.preload.config.mts bundles it (with the contract tables) into
 * one CommonJS file: dist-electron/preload/preload.js.
 */
contextBridge.exposeInMainWorld(API_GLOBAL, buildInvisApi(ipcRenderer));
