import { existsSync, mkdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { sql } from 'kysely'
import type { OpenDb } from './connection'
import { MIGRATIONS, type Migration } from './migrations'

export class DbFromNewerVersionError extends Error {
  readonly unknownMigrations: string[]
  constructor(unknown: string[]) {
    super(
      `数据库由更新版本的法援工作台写入（未知的迁移：${unknown.join('、')}），本版本不能打开它。请安装最新版本，或从备份恢复。`,
    )
    this.name = 'DbFromNewerVersionError'
    this.unknownMigrations = unknown
  }
}

export interface MigrateResult {
  applied: string[]
  backupPath: string | null
}

export interface MigrateOptions {
  /** Folder for the pre-migration copy. Defaults to `<db folder>/backups`. */
  backupDir?: string
  appVersion?: string
  now?: () => number
  migrations?: Readonly<Record<string, Migration>>
}

async function appliedNames(store: OpenDb): Promise<string[]> {
  await sql`
    CREATE TABLE IF NOT EXISTS schema_migration (
      name TEXT PRIMARY KEY,
      applied_at_ms INTEGER NOT NULL,
      app_version TEXT NOT NULL
    ) STRICT`.execute(store.db)
  const rows = await store.db.selectFrom('schema_migration').select('name').orderBy('name').execute()
  return rows.map((r) => r.name)
}

/**
 * Brings the store to the newest schema.
 * - Refuses a database that holds migrations this code does not know (written by a newer version).
 * - Copies the file (SQLite online backup) before applying anything to a database that already has data.
 * - Applies each pending migration and records it in one transaction: it either fully happens or not at all.
 */
export async function migrateToLatest(store: OpenDb, options: MigrateOptions = {}): Promise<MigrateResult> {
  const migrations = options.migrations ?? MIGRATIONS
  const now = options.now ?? Date.now
  const known = Object.keys(migrations).sort()
  const applied = await appliedNames(store)

  const unknown = applied.filter((name) => !Object.hasOwn(migrations, name))
  if (unknown.length > 0) throw new DbFromNewerVersionError(unknown)

  const pending = known.filter((name) => !applied.includes(name))
  if (pending.length === 0) return { applied: [], backupPath: null }

  let backupPath: string | null = null
  if (applied.length > 0 && store.path !== ':memory:' && existsSync(store.path)) {
    const dir = options.backupDir ?? join(store.path, '..', 'backups')
    mkdirSync(dir, { recursive: true })
    const stamp = new Date(now()).toISOString().replace(/[:.]/g, '-')
    backupPath = join(dir, `${basename(store.path, '.sqlite')}-before-${pending[0]}-${stamp}.sqlite`)
    await store.sqlite.backup(backupPath)
  }

  for (const name of pending) {
    const migration = migrations[name]!
    await store.db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn)
      try {
        // Another process may have migrated while we waited for the lock.
        const done = await conn.selectFrom('schema_migration').select('name').where('name', '=', name).executeTakeFirst()
        if (!done) {
          await migration.up(conn)
          await conn
            .insertInto('schema_migration')
            .values({ name, applied_at_ms: now(), app_version: options.appVersion ?? 'dev' })
            .execute()
        }
        await sql`commit`.execute(conn)
      } catch (err) {
        await sql`rollback`.execute(conn)
        throw err
      }
    })
  }
  return { applied: pending, backupPath }
}

/** Copies a database file with SQLite's online backup (consistent even while in use). */
export async function backupTo(store: OpenDb, target: string): Promise<void> {
  mkdirSync(join(target, '..'), { recursive: true })
  await store.sqlite.backup(target)
}


/**
 * The migrations this code has that the store lacks, without applying any (the job process opens
 * a store the main process has already migrated, and must never migrate it itself).
 */
export function pendingMigrations(store: OpenDb, migrations: Readonly<Record<string, Migration>> = MIGRATIONS): string[] {
  const exists = store.sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'`).get()
  const applied = new Set(exists ? (store.sqlite.prepare('SELECT name FROM schema_migration').pluck().all() as string[]) : [])
  return Object.keys(migrations)
    .sort()
    .filter((name) => !applied.has(name))
}
