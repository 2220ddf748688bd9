import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

const root = resolve(__dirname, '../..')

// End-to-end: the built renderer in headless Chromium against the real services over the
// loopback bridge. One file at a time (they share a browser and build output).
export default defineConfig({
  root,
  test: {
    name: 'e2e',
    root,
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    globalSetup: ['test/kit/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
  },
})
