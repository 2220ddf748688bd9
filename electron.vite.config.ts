import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { rendererConfig } from './renderer/vite.config'
import { channelNamesFromSource } from './scripts/channel-names'

const r = (p: string) => resolve(__dirname, p)

export default defineConfig({
  main: {
    build: {
      // The job process (reports, exports, imports: electron/main/jobs) is a second entry.
      rollupOptions: { input: { index: r('electron/main/index.ts'), 'job-process': r('electron/main/jobs/job-process.ts') } },
      // better-sqlite3 (native addon) and pdfkit (reads its own font metrics) stay external;
      // kysely and uuid are ESM-only, so they are bundled.
      externalizeDeps: { exclude: ['kysely', 'uuid'] },
    },
  },
  preload: {
    // The preload's allow-list: the contract's channel names, as a literal (electron/preload/index.ts).
    define: { __LEGALAID_CHANNELS__: JSON.stringify(channelNamesFromSource(r('shared'))) },
    build: { rollupOptions: { input: { index: r('electron/preload/index.ts') } } },
  },
  renderer: rendererConfig,
})
