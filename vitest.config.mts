import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Three projects: fast unit tests in Node (fakes, fake timers, no sockets), renderer unit and
// component tests in jsdom, and integration tests (real sockets on 127.0.0.1 port 0 against
// the simulator). Browser end-to-end tests run under Playwright, not here.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/renderer/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['./tests/setup/jest-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
