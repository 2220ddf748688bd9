import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

const root = resolve(__dirname, '..')

// Unit and integration tests. End-to-end tests live in test/e2e and have their own config.
// Both cores: vitest's default leaves one core free, which on this 2-core machine meant one
// worker. Threads start faster than forked processes; better-sqlite3 is safe in worker threads.
export default defineConfig({
  root,
  test: {
    pool: 'threads',
    maxWorkers: availableParallelism(),
    globalSetup: ['test/kit/global-setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
    projects: [
      {
        test: {
          name: 'node',
          root,
          environment: 'node',
          include: ['test/shared/**/*.test.ts', 'test/electron/**/*.test.ts', 'test/scripts/**/*.test.ts'],
          testTimeout: 30_000,
          isolate: false,
        },
      },
      {
        test: {
          name: 'dom',
          root,
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/kit/setup-dom.ts'],
          isolate: false,
        },
      },
    ],
  },
})
