/**
 * The channel names as the preload's build needs them: read from the features' contract files
 * (shared/<feature>/contract.ts) without running them, since the build config cannot load the
 * schemas' dependencies. A test checks that this reading equals the merged contract's keys.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'

const DECLARATION = /^\s*'([a-z-]+:[a-z-]+)':\s*channel</gm

export function channelNamesFromSource(sharedDir: string): string[] {
  const names: string[] = []
  for (const feature of readdirSync(sharedDir).sort()) {
    const file = join(sharedDir, feature, 'contract.ts')
    if (feature === 'ipc' || !existsSync(file)) continue
    for (const m of readFileSync(file, 'utf8').matchAll(DECLARATION)) names.push(m[1] as string)
  }
  return names
}
