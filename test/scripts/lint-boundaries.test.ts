import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../..')
const eslint = new ESLint({ cwd: root, overrideConfigFile: resolve(root, 'scripts/eslint.config.mjs') })

async function restricted(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message)
}

async function crossFeature(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/no-cross-feature-import').map((m) => m.message)
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
    ["import { CHANNELS } from '../../shared/ipc/channels'\nexport const x = CHANNELS", 'electron/preload/probe.ts'],
  ])('refuses %j in %s', async (code, file) => {
    expect(await restricted(code, file)).not.toEqual([])
  })

  it.each([
    ["import { z } from 'zod'\nexport const x = z", 'shared/domain/probe.ts'],
    ["import type { Api } from '../../shared/ipc/contract'\nexport type X = Api", 'electron/preload/probe.ts'],
    ["import { readFileSync } from 'node:fs'\nexport const x = readFileSync", 'electron/main/probe.ts'],
  ])('allows %j in %s', async (code, file) => {
    expect(await restricted(code, file)).toEqual([])
  })
})

describe('features do not import each other', () => {
  it('refuses an import from another feature, naming both features and where shared code goes', async () => {
    const messages = await crossFeature(
      "import { Money } from '../../subsidy/components/money'\nexport const x = Money",
      'renderer/src/features/finance/components/probe.tsx',
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('功能「finance」不能导入功能「subsidy」的代码')
    expect(messages[0]).toContain('renderer/src/components/')
    expect(messages[0]).toContain('renderer/src/lib/')
  })

  it.each([
    ["export { previewPdf } from '../../documents/api/documents'", 'renderer/src/features/subsidy/components/probe.tsx'],
    ["export * from '../../documents/api/documents'", 'renderer/src/features/subsidy/api/probe.ts'],
    ["export const x = () => import('../../review/components/review-panel')", 'renderer/src/features/case-file/components/probe.tsx'],
    ["import { useQuality } from '../quality/api/quality'\nexport const x = useQuality", 'renderer/src/features/handling/probe.ts'],
    ["import { x as y } from '../../../features/users/api/users'\nexport const x = y", 'renderer/src/features/auth/components/probe.ts'],
  ])('refuses %j in %s', async (code, file) => {
    expect(await crossFeature(code, file)).toHaveLength(1)
  })

  it('refuses an import from the app shell, which composes the features', async () => {
    const messages = await crossFeature("import { paths } from '../../../app/app-shell'\nexport const x = paths", 'renderer/src/features/cases/components/probe.tsx')
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('不能导入应用外壳')
  })

  it.each([
    ["import { Money } from '../../../components/ui/money'\nexport const x = Money", 'renderer/src/features/finance/components/probe.tsx'],
    ["import { saveBase64 } from '../../../lib/save-file'\nexport const x = saveBase64", 'renderer/src/features/finance/components/probe.tsx'],
    ["import { formatDate } from '../../../utils/format'\nexport const x = formatDate", 'renderer/src/features/finance/components/probe.tsx'],
    ["import { formatFen } from '../../../../../shared/domain/money'\nexport const x = formatFen", 'renderer/src/features/finance/components/probe.tsx'],
    ["import { useFinanceOverview } from '../api/finance'\nexport const x = useFinanceOverview", 'renderer/src/features/finance/components/probe.tsx'],
    ["import { Other } from './other'\nexport const x = Other", 'renderer/src/features/finance/components/probe.tsx'],
    ["import { useQuery } from '@tanstack/react-query'\nexport const x = useQuery", 'renderer/src/features/finance/api/probe.ts'],
    // The app shell composes features: it may import any of them.
    ["import { ReviewPanel } from '../features/review/components/review-panel'\nexport const x = ReviewPanel", 'renderer/src/app/probe.tsx'],
  ])('allows %j in %s', async (code, file) => {
    expect(await crossFeature(code, file)).toEqual([])
  })
})

async function layering(code: string, filePath: string, rule: 'no-upward-import' | 'no-import-cycle'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) })
  return (result?.messages ?? []).filter((m) => m.ruleId === `boundaries/${rule}`).map((m) => m.message)
}

describe('electron/main and shared/ import downward only, without cycles', () => {
  it.each([
    ["import { createHandlers } from '../handlers'\nexport const x = createHandlers", 'electron/main/review/probe.ts', '功能模块不能导入组合层'],
    ["import { loadCase } from '../cases/case-record'\nexport const x = loadCase", 'electron/main/db/probe.ts', '基础层'],
    ["import type { Api } from '../ipc/contract'\nexport type X = Api", 'shared/cases/probe.ts', '合约汇总'],
    ["import { TransitionInput } from '../cases/schema'\nexport const x = TransitionInput", 'shared/policy/probe.ts', '政策引擎（policy）不能导入功能模块'],
    ["import { CASES_CONTRACT } from '../cases/contract'\nexport const x = CASES_CONTRACT", 'shared/domain/probe.ts', '基础层'],
  ])('refuses %j in %s', async (code, file, words) => {
    const messages = await layering(code, file, 'no-upward-import')
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(words)
  })

  it.each([
    ["import { loadCase } from '../cases/case-record'\nexport const x = loadCase", 'electron/main/review/probe.ts'],
    ["import { writeTx } from '../db/tx'\nexport const x = writeTx", 'electron/main/review/probe.ts'],
    ["import { reviewHandlers } from './review/handlers'\nexport const x = reviewHandlers", 'electron/main/probe-root.ts'],
    ["import { strict } from '../fields'\nexport const x = strict", 'shared/cases/probe.ts'],
  ])('allows %j in %s', async (code, file) => {
    expect(await layering(code, file, 'no-upward-import')).toEqual([])
  })

  it('refuses an import that closes a cycle, naming every module on it', async () => {
    const dir = mkdtempSync(join(root, 'shared', 'probe-cycle-'))
    try {
      writeFileSync(join(dir, 'b.ts'), "import { c } from './c'\nexport const b = c\n")
      writeFileSync(join(dir, 'c.ts'), "import type { A } from './a'\nexport const c = 1\nexport type C = A\n")
      const a = join(dir, 'a.ts')
      const aText = "import { b } from './b'\nexport const a = b\nexport type A = number\n"
      writeFileSync(a, aText)
      const messages = await layering(aText, relative(root, a), 'no-import-cycle')
      expect(messages).toHaveLength(1)
      expect(messages[0]).toContain('循环导入')
      expect(messages[0]).toMatch(/a\.ts → .*b\.ts → .*c\.ts → .*a\.ts/)
      // Without the back edge there is no cycle.
      const without = await layering("import { b } from './b'\nexport const a = b\n", relative(root, join(dir, 'd.ts')), 'no-import-cycle')
      expect(without).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
