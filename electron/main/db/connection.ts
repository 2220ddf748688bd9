import Database from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { DB } from './schema'
import { withStatementCache, type StatementCache } from './statement-cache'

export interface OpenDb {
  sqlite: Database.Database
  db: Kysely<DB>
  /** kysely's prepared statements, kept for reuse (statement-cache.ts). */
  statements: StatementCache
  path: string
  close(): Promise<void>
}

/**
 * Opens (or creates) the store. WAL for crash safety and concurrent readers, foreign keys on,
 * a busy timeout so a second process waits instead of failing, and NORMAL sync (safe with WAL:
 * a power cut can lose the last commits but never corrupts the file).
 */
export function openDatabase(path: string, options: { readonly?: boolean } = {}): OpenDb {
  const sqlite = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false })
  if (!options.readonly) sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('cache_size = -32000') // 32 MB page cache
  sqlite.pragma('temp_store = MEMORY')
  const statements = withStatementCache(sqlite)
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: statements }) })
  return {
    sqlite,
    db,
    statements,
    path,
    async close() {
      await db.destroy() // closes the better-sqlite3 handle too
    },
  }
}
