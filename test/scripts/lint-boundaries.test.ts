import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../..')
const eslint = new ESLint({ cwd: root, overrideConfigFile: resolve(root, 'scripts/eslint.config.mjs') })

async function restricted(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message)
}

describe('process boundaries are enforced by lint', () => {
  it.each([
    ["import { readFileSync } from 'node:fs'\nexport const x = readFileSync", 'shared/policy/probe.ts'],
    ["import { app } from 'electron'\nexport const x = app", 'shared/domain/probe.ts'],
    ["import { openDatabase } from '../../electron/main/db/connection'\nexport const x = openDatabase", 'shared/domain/probe.ts'],
    ['export const x = window.location', 'shared/domain/probe.ts'],
    ["import Database from 'better-sqlite3'\nexport const x = Database", 'renderer/src/probe.ts'],
    ["import { resolveDataPaths } from '../../electron/main/paths'\nexport const x = resolveDataPaths", 'renderer/src/probe.ts'],
    ["import { contract } from '../../shared/ipc/contract'\nexport const x = contract", 'electron/preload/probe.ts'],
  ])('refuses %j in %s', async (code, file) => {
    expect(await restricted(code, file)).not.toEqual([])
  })

  it.each([
    ["import { z } from 'zod'\nexport const x = z", 'shared/domain/probe.ts'],
    ["import { CHANNELS } from '../../shared/ipc/channels'\nexport const x = CHANNELS", 'electron/preload/probe.ts'],
    ["import type { Api } from '../../shared/ipc/contract'\nexport type X = Api", 'electron/preload/probe.ts'],
    ["import { readFileSync } from 'node:fs'\nexport const x = readFileSync", 'electron/main/probe.ts'],
  ])('allows %j in %s', async (code, file) => {
    expect(await restricted(code, file)).toEqual([])
  })
})
