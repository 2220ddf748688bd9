import type Database from 'better-sqlite3'

/** Row count of every table of the store (FTS shadow tables included), for "nothing changed" checks. */
export function countAllTables(sqlite: Database.Database): Record<string, number> {
  const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  )
  return Object.fromEntries(tables.map((t) => [t, (sqlite.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]))
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
