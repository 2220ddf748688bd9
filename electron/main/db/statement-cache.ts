import type Database from 'better-sqlite3'
import type { SqliteDatabase, SqliteStatement } from 'kysely'

/**
 * The better-sqlite3 handle as kysely sees it, with prepared statements kept and reused.
 *
 * kysely's SQLite driver prepares every query afresh. Each better-sqlite3 statement holds native
 * memory that V8 does not see, so it is freed only when the garbage collector happens to run,
 * and the C allocator rarely gives it back to the system: planning 8,000 cases' deadlines grew
 * the process by over 900 MB and spent most of its time compiling the same SQL again. Keeping
 * the most recently used statements (by SQL text) bounds that memory and skips the compile.
 *
 * A statement that is still being iterated (a streamed query) is never handed out twice: a
 * second caller gets a fresh, uncached statement. SQLite re-prepares a cached statement by
 * itself when the schema changes (sqlite3_prepare_v3), so migrations need no special care.
 */
export interface StatementCache extends SqliteDatabase {
  /** Statements currently kept (for tests and diagnostics). */
  readonly size: number
}

export function withStatementCache(sqlite: Database.Database, capacity = 400): StatementCache {
  const cache = new Map<string, Database.Statement>()
  return {
    get size() {
      return cache.size
    },
    prepare(sql: string): SqliteStatement {
      const kept = cache.get(sql)
      if (kept) {
        if (kept.busy) return sqlite.prepare(sql)
        // Most recently used last: a Map iterates in insertion order.
        cache.delete(sql)
        cache.set(sql, kept)
        return kept
      }
      const stmt = sqlite.prepare(sql)
      cache.set(sql, stmt)
      if (cache.size > capacity) cache.delete(cache.keys().next().value!)
      return stmt
    },
    close() {
      cache.clear()
      sqlite.close()
    },
  }
}
