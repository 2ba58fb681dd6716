import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests (fakes, fake timers, no sockets) and integration tests
// (real sockets on 127.0.0.1 port 0 against the simulator). Both run in plain Node.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
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
