/**
 * Runs once per `vitest run`, before any test file (unit, integration and end-to-end configs):
 * - refuses a Node older than 24 with a plain message (better-sqlite3 13 would segfault);
 * - migrates one template store, which makeTestServices copies for each test instead of
 *   migrating a fresh database every time;
 * - bundles the job process once (esbuild, as electron-vite bundles it), so a test that needs a
 *   job process starts plain Node on a bundle instead of compiling the sources under tsx; the same
 *   for the scripts that tests run as child processes (KIT_CHILD_SCRIPTS).
 * The paths reach the test workers through environment variables (workers inherit them).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { bundleForNode } from '../../scripts/bundle-node'
import { openDatabase } from '../../electron/main/db/connection'
import { migrateToLatest } from '../../electron/main/db/migrate'
import { KIT_CHILD_SCRIPTS, KIT_DIR_ENV, KIT_TEMPLATE_DB } from './env'

const ROOT = resolve(__dirname, '../..')

export default async function setup(): Promise<() => void> {
  const major = Number(process.versions.node.split('.')[0])
  if (major < 24) {
    throw new Error(`测试需要 Node 24（当前 ${process.version}）。请用 npm test 运行，它会准备好 Node 24。`)
  }
  // Inside the repository, so that the bundles find node_modules and resources/ by walking up as
  // out/main does; not under out/, which a build empties.
  mkdirSync(join(ROOT, 'test-results'), { recursive: true })
  const dir = mkdtempSync(join(ROOT, 'test-results', 'kit-'))
  const template = join(dir, KIT_TEMPLATE_DB)
  const store = openDatabase(template)
  try {
    await migrateToLatest(store, { appVersion: 'test', now: () => 0 })
  } finally {
    await store.close()
  }
  await bundleForNode(
    {
      'job-process': join(ROOT, 'electron/main/jobs/job-process.ts'),
      // Child processes of the crash and two-process tests: plain Node on a bundle starts in a
      // fraction of the time tsx takes to compile the sources for each child.
      ...Object.fromEntries(Object.entries(KIT_CHILD_SCRIPTS).map(([name, source]) => [name, join(ROOT, source)])),
    },
    dir,
  )
  process.env[KIT_DIR_ENV] = dir
  return () => rmSync(dir, { recursive: true, force: true })
}
