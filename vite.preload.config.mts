import { defineConfig } from 'vite';

/*
 * The preload bundle. A sandboxed preload is CommonJS whose `require` knows only 'electron'
 * and a few built-ins, not relative files, so electron/preload.ts and the contract tables it
 * imports are bundled into one file: dist-electron/preload/preload.js (the path
 * electron/platform/app-paths.ts expects). `electron` stays external: the sandbox provides it.
 */
export default defineConfig({
  publicDir: false,
  build: {
    lib: {
      entry: 'electron/preload.ts',
      formats: ['cjs'],
      fileName: () => 'preload.js',
    },
    outDir: 'dist-electron/preload',
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    target: 'chrome140', // Electron 45's Chromium line; no down-levelling needed
    rolldownOptions: {
      external: ['electron'],
    },
  },
});
