import type Database from 'better-sqlite3'
import type { Result } from '../../../shared/ipc/result'

/** Row count of every table of the store (FTS shadow tables included), for "nothing changed" checks. */
export function countAllTables(sqlite: Database.Database): Record<string, number> {
  const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  )
  return Object.fromEntries(tables.map((t) => [t, (sqlite.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]))
}

export function value<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`)
  return r.value as T
}

export function failure(r: Result<unknown>): { code: string; message: string; details?: Record<string, unknown> } {
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.value).slice(0, 300)}`)
  return r.error as { code: string; message: string; details?: Record<string, unknown> }
}

/** A clock the test moves by hand. */
export function movableClock(start: number): { now(): number; set(ms: number): void; advance(ms: number): void } {
  let t = start
  return {
    now: () => t,
    set: (ms) => {
      t = ms
    },
    advance: (ms) => {
      t += ms
    },
  }
}
