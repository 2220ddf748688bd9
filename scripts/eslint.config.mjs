// Lint: process boundaries first (which folder may import what), then the TypeScript basics.
// Lives in scripts/ because the repo's top level is fixed; `npm run lint` passes it with --config.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, relative, resolve, sep } from 'node:path'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const NODE_BUILTINS = [
  'assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'http', 'https', 'net', 'os',
  'path', 'process', 'stream', 'timers', 'url', 'util', 'worker_threads', 'zlib',
]
const nodeBuiltins = [...NODE_BUILTINS, ...NODE_BUILTINS.map((m) => `node:${m}`)].map((name) => ({
  name,
  message: 'shared/ 和 renderer/ 不能使用 Node 模块：把这段逻辑放到 electron/main。',
}))
const mainOnlyPackages = ['electron', 'better-sqlite3', 'kysely', 'pdfkit', 'exceljs'].map((name) => ({
  name,
  message: '只有主进程（electron/main）可以使用这个包。',
}))

// Features (renderer/src/features/<feature>/) do not import each other: what two features share goes to
// components/ (UI) or lib/ (not UI), or the app shell (renderer/src/app/) composes them and passes it in.
// no-restricted-imports matches the import text, not where a relative path lands, so a small local rule
// resolves each relative import against the importing file's folder and compares the feature names.
const FEATURE_IN_PATH = /\/renderer\/src\/features\/([^/]+)(?:\/|$)/
const featureOf = (absolutePath) => FEATURE_IN_PATH.exec(absolutePath.split(sep).join('/'))?.[1] ?? null
const boundaries = {
  rules: {
    'no-cross-feature-import': {
      meta: {
        type: 'problem',
        schema: [],
        messages: {
          crossFeature:
            '功能「{{from}}」不能导入功能「{{to}}」的代码（{{source}}）：共用的界面放到 renderer/src/components/，非界面代码放到 renderer/src/lib/，或由 renderer/src/app/ 组合后通过 props 传入。',
          intoShell:
            '功能「{{from}}」不能导入应用外壳 renderer/src/app/ 的代码（{{source}}）：外壳组合功能，功能不依赖外壳；共用的代码放到 renderer/src/lib/ 或 components/。',
        },
      },
      create(context) {
        const from = featureOf(context.filename)
        if (!from) return {}
        const check = (node) => {
          const source = node?.type === 'Literal' && typeof node.value === 'string' ? node.value : null
          if (!source || !source.startsWith('.')) return
          const target = resolve(dirname(context.filename), source)
          const to = featureOf(target)
          if (to && to !== from) context.report({ node, messageId: 'crossFeature', data: { from, to, source } })
          else if (/\/renderer\/src\/app(?:\/|$)/.test(target.split(sep).join('/'))) context.report({ node, messageId: 'intoShell', data: { from, source } })
        }
        return {
          ImportDeclaration: (node) => check(node.source),
          ExportNamedDeclaration: (node) => check(node.source),
          ExportAllDeclaration: (node) => check(node.source),
          ImportExpression: (node) => check(node.source),
          TSExternalModuleReference: (node) => check(node.expression),
        }
      },
    },
  },
}


// Layers inside electron/main and shared: a module imports its own layer or a lower one, never a
// higher one (the composition root knows the features; the features do not know it).
const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..')
const repoPath = (absolutePath) => relative(ROOT, absolutePath).split(sep).join('/')
const MAIN_BASE = new Set(['lib', 'db', 'ipc', 'pdf'])
const MAIN_BASE_FILES = new Set(['context.ts', 'paths.ts', 'url-policy.ts'])
const MAIN_ROOT_FILES = new Set(['handlers.ts', 'app-services.ts'])
const SHARED_BASE_FILES = new Set(['codes.ts', 'fields.ts', 'ipc/define.ts', 'ipc/result.ts', 'ipc/page.ts'])
const SHARED_TOP_FILES = new Set(['ipc/contract.ts', 'ipc/channels.ts', 'ipc/permissions.ts'])
const LAYER_NAMES = {
  main: ['基础层（lib、db、ipc、pdf、context）', '功能模块', '组合层（handlers.ts、app-services.ts、jobs）', '应用外壳（index.ts、window.ts 等）'],
  shared: ['基础层（domain、codes、fields、ipc 的 define/result/page）', '政策引擎（policy）', '功能模块', '合约汇总（ipc 的 contract/channels/permissions）'],
}
/** [area, rank] of a file in electron/main or shared/; null elsewhere. */
function layerOf(absolutePath) {
  const p = repoPath(absolutePath)
  if (p.startsWith('electron/main/')) {
    const rest = p.slice('electron/main/'.length)
    const top = rest.split('/')[0]
    if (MAIN_BASE.has(top) || MAIN_BASE_FILES.has(rest)) return ['main', 0]
    if (MAIN_ROOT_FILES.has(rest) || top === 'jobs') return ['main', 2]
    if (!rest.includes('/')) return ['main', 3]
    return ['main', 1]
  }
  if (p.startsWith('shared/')) {
    const rest = p.slice('shared/'.length)
    const top = rest.split('/')[0]
    if (top === 'domain' || SHARED_BASE_FILES.has(rest)) return ['shared', 0]
    if (top === 'policy') return ['shared', 1]
    if (SHARED_TOP_FILES.has(rest)) return ['shared', 3]
    return ['shared', 2]
  }
  return null
}

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts']
function resolveImport(fromFile, source) {
  const base = resolve(dirname(fromFile), source)
  for (const ext of EXTENSIONS) {
    const candidate = base + ext
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return null
}
const IMPORT_TEXT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?['"](\.{1,2}\/[^'"]+)['"]/g
const importsCache = new Map()
/** A file's relative imports, read from disk (type-only imports count: a cycle of types is still a cycle). */
function importsOf(file) {
  let found = importsCache.get(file)
  if (!found) {
    const text = readFileSync(file, 'utf8')
    found = [...text.matchAll(IMPORT_TEXT)].map((m) => resolveImport(file, m[1])).filter(Boolean)
    importsCache.set(file, found)
  }
  return found
}
/** A path of imports from `start` back to `target`, or null. */
function pathBack(start, target) {
  const seen = new Set()
  const walk = (file, trail) => {
    if (file === target) return trail
    if (seen.has(file) || !layerOf(file)) return null
    seen.add(file)
    for (const next of importsOf(file)) {
      const found = walk(next, [...trail, next])
      if (found) return found
    }
    return null
  }
  return walk(start, [start])
}

const sourceNode = (node) => (node?.type === 'Literal' && typeof node.value === 'string' ? node : null)
const eachImport = (check) => ({
  ImportDeclaration: (node) => check(sourceNode(node.source)),
  ExportNamedDeclaration: (node) => check(sourceNode(node.source)),
  ExportAllDeclaration: (node) => check(sourceNode(node.source)),
  ImportExpression: (node) => check(sourceNode(node.source)),
})

const layering = {
  'no-upward-import': {
    meta: {
      type: 'problem',
      schema: [],
      messages: {
        upward:
          '{{fromLayer}}不能导入{{toLayer}}（{{source}}）：依赖只能指向同层或更低层。把共用的部分移到下层，或由上层组合后传入。',
      },
    },
    create(context) {
      const from = layerOf(context.filename)
      if (!from) return {}
      return eachImport((node) => {
        if (!node || !node.value.startsWith('.')) return
        const target = resolveImport(context.filename, node.value)
        const to = target && layerOf(target)
        if (to && to[0] === from[0] && to[1] > from[1]) {
          context.report({ node, messageId: 'upward', data: { fromLayer: LAYER_NAMES[from[0]][from[1]], toLayer: LAYER_NAMES[to[0]][to[1]], source: node.value } })
        }
      })
    },
  },
  'no-import-cycle': {
    meta: {
      type: 'problem',
      schema: [],
      messages: { cycle: '循环导入：{{path}}。把两边共用的部分移到一个双方都导入的模块。' },
    },
    create(context) {
      const self = resolve(context.filename)
      if (!layerOf(self)) return {}
      return eachImport((node) => {
        if (!node || !node.value.startsWith('.')) return
        const target = resolveImport(self, node.value)
        if (!target) return
        const back = pathBack(target, self)
        if (back) context.report({ node, messageId: 'cycle', data: { path: [self, ...back].map(repoPath).join(' → ') } })
      })
    },
  },
}

const boundariesPlugin = { rules: { ...boundaries.rules, ...layering } }

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'out/**', 'dist/**', '.tools/**', 'test-results/**', 'bench-data/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, ...mainOnlyPackages, { name: 'react', message: 'shared/ 是纯领域代码，不能依赖 React。' }],
          patterns: [
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ 不能依赖 electron/ 或 renderer/。' },
            { group: ['react-dom', 'react-dom/*', 'antd', 'antd/*'], message: 'shared/ 不能依赖界面库。' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, ...mainOnlyPackages],
          patterns: [{ group: ['**/electron/**'], message: '渲染进程不能导入主进程代码：通过 IPC 合约调用。' }],
        },
      ],
    },
  },
  {
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    plugins: { boundaries: boundariesPlugin },
    rules: { 'boundaries/no-cross-feature-import': 'error' },
  },
  {
    files: ['electron/main/**/*.ts', 'shared/**/*.ts'],
    plugins: { boundaries: boundariesPlugin },
    rules: { 'boundaries/no-upward-import': 'error', 'boundaries/no-import-cycle': 'error' },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '/(shared|main)/',
              allowTypeImports: true,
              message: '预加载脚本只能导入 electron（类型导入除外）；频道名单在构建时由 electron.vite.config.ts 从合约写入。',
            },
          ],
        },
      ],
    },
  },
)
