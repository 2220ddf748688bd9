/**
 * Loads the policy tables in ./tables (data files a policy officer can read and extend) and turns
 * each row into the inputs of one test. Row format:
 *   { id, note, clause: {doc, clause}, input: {...}, settings?: [...], expect: {dotted.path: value}, warningsInclude? }
 * `input` is deep-merged over the table's `defaults`; row `settings` replace the table's.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CenterSettings, SettingEntry } from '../../../shared/policy'

export interface TableRow {
  id: string
  note: string
  clause: { doc: string; clause: string }
  input: Record<string, unknown>
  settings?: SettingEntry[]
  expect: Record<string, unknown>
  warningsInclude?: string
}

export interface PolicyTable {
  file: string
  profile?: string
  kind: 'eligibility' | 'subsidy' | 'deadlines'
  description: string
  settings: SettingEntry[]
  defaults: Record<string, unknown>
  rows: TableRow[]
}

export const TABLE_DIR = join(__dirname, 'tables')

export function loadTables(kind: PolicyTable['kind']): PolicyTable[] {
  return readdirSync(TABLE_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ file: f, ...(JSON.parse(readFileSync(join(TABLE_DIR, f), 'utf8')) as Omit<PolicyTable, 'file'>) }))
    .filter((t) => t.kind === kind)
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base }
  for (const [k, v] of Object.entries(over)) {
    const b = out[k]
    out[k] = isPlainObject(b) && isPlainObject(v) ? deepMerge(b, v) : v
  }
  return out
}

export function rowInput(table: PolicyTable, row: TableRow): Record<string, unknown> {
  return deepMerge(table.defaults, row.input)
}

export function rowSettings(table: PolicyTable, row: TableRow): CenterSettings {
  return { entries: row.settings ?? table.settings }
}

/** Reads a dotted path such as "hardship.test.standard" or "needsMoreInfo.0.field". */
export function getPath(value: unknown, path: string): unknown {
  let cur: unknown = value
  for (const part of path.split('.')) {
    if (cur === null || cur === undefined) return undefined
    cur = (cur as Record<string, unknown>)[part]
  }
  return cur
}
