import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer bundle. `base: './'` keeps asset URLs relative so BrowserWindow.loadFile works.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true },
  server: { host: '127.0.0.1' },
});
