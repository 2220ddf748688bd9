// Lint: process boundaries first (which folder may import what), then the TypeScript basics.
// Lives in scripts/ because the repo's top level is fixed; `npm run lint` passes it with --config.
import { dirname, resolve, sep } from 'node:path'
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
        },
      },
      create(context) {
        const from = featureOf(context.filename)
        if (!from) return {}
        const check = (node) => {
          const source = node?.type === 'Literal' && typeof node.value === 'string' ? node.value : null
          if (!source || !source.startsWith('.')) return
          const to = featureOf(resolve(dirname(context.filename), source))
          if (to && to !== from) context.report({ node, messageId: 'crossFeature', data: { from, to, source } })
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
    plugins: { boundaries },
    rules: { 'boundaries/no-cross-feature-import': 'error' },
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
