import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql, type Kysely } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, type OpenDb } from '../../../electron/main/db/connection'
import { DbFromNewerVersionError, migrateToLatest } from '../../../electron/main/db/migrate'
import { MIGRATIONS, type Migration } from '../../../electron/main/db/migrations'
import { makeTempDir } from '../../kit/temp-dir'

let tmp: ReturnType<typeof makeTempDir>
let store: OpenDb | null = null

beforeEach(() => {
  tmp = makeTempDir()
})
afterEach(async () => {
  await store?.close()
  store = null
  tmp.cleanup()
})

async function tableNames(db: Kysely<any>): Promise<string[]> {
  const rows = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name`.execute(db)
  return rows.rows.map((r) => r.name)
}

describe('migrations on a real SQLite file', () => {
  it('creates the whole schema from an empty file, with WAL and foreign keys on', async () => {
    store = openDatabase(join(tmp.dir, 'a.sqlite'))
    const result = await migrateToLatest(store, { backupDir: join(tmp.dir, 'backups') })
    expect(result.applied).toEqual(Object.keys(MIGRATIONS).sort())
    expect(result.backupPath).toBeNull() // nothing to back up in a new file
    const tables = await tableNames(store.db)
    for (const t of ['setting', 'case_counter', 'consultation', 'legal_case', 'audit_log', 'schema_migration']) expect(tables).toContain(t)
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    // Running again is a no-op.
    expect((await migrateToLatest(store)).applied).toEqual([])
  })

  it('uses STRICT tables: a fraction where an integer belongs is refused', async () => {
    store = openDatabase(join(tmp.dir, 'strict.sqlite'))
    await migrateToLatest(store)
    expect(() => store!.sqlite.prepare('INSERT INTO case_counter (year, last_seq) VALUES (2026, 1.5)').run()).toThrow(/cannot store REAL/i)
  })

  it('keeps the audit log append-only', async () => {
    store = openDatabase(join(tmp.dir, 'audit.sqlite'))
    await migrateToLatest(store)
    store.sqlite.prepare("INSERT INTO audit_log (at_ms, actor, action, entity, entity_id) VALUES (1, 'a', 'x', 'e', '1')").run()
    expect(() => store!.sqlite.prepare("UPDATE audit_log SET actor = 'b'").run()).toThrow(/append-only/)
    expect(() => store!.sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/)
  })

  const names = Object.keys(MIGRATIONS).sort()
  it.each(names.map((_, i) => i + 1))('migrates from the version with the first %i migration(s), backing up first', async (k) => {
    const path = join(tmp.dir, `from-${k}.sqlite`)
    const older = Object.fromEntries(names.slice(0, k).map((n) => [n, MIGRATIONS[n]!]))
    store = openDatabase(path)
    await migrateToLatest(store, { migrations: older })
    store.sqlite.prepare("INSERT INTO setting (key, value_json, updated_at_ms) VALUES ('probe', '{\"kept\":true}', 1)").run()
    const result = await migrateToLatest(store, { backupDir: join(tmp.dir, 'backups') })
    expect(result.applied).toEqual(names.slice(k))
    if (k < names.length) {
      expect(result.backupPath).not.toBeNull()
      expect(existsSync(result.backupPath!)).toBe(true)
    }
    const row = store.sqlite.prepare("SELECT value_json FROM setting WHERE key = 'probe'").get() as { value_json: string }
    expect(JSON.parse(row.value_json)).toEqual({ kept: true })
  })

  it('backs up the file before applying a new migration to existing data', async () => {
    const path = join(tmp.dir, 'upgrade.sqlite')
    store = openDatabase(path)
    await migrateToLatest(store)
    store.sqlite.prepare("INSERT INTO setting (key, value_json, updated_at_ms) VALUES ('k', '1', 1)").run()
    const extra: Record<string, Migration> = {
      ...MIGRATIONS,
      '9000_test_extra': { up: async (db) => void (await sql`CREATE TABLE extra_probe (x INTEGER) STRICT`.execute(db)) },
    }
    const result = await migrateToLatest(store, { migrations: extra, backupDir: join(tmp.dir, 'backups') })
    expect(result.applied).toEqual(['9000_test_extra'])
    expect(result.backupPath).toMatch(/before-9000_test_extra/)
    const backup = openDatabase(result.backupPath!, { readonly: true })
    const names = (backup.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[]).map((r) => r.name)
    expect(names).not.toContain('extra_probe') // the copy is the state before the migration
    expect(backup.sqlite.prepare("SELECT value_json FROM setting WHERE key='k'").get()).toEqual({ value_json: '1' })
    await backup.close()
  })

  it('refuses a database written by a newer version and changes nothing', async () => {
    const path = join(tmp.dir, 'newer.sqlite')
    store = openDatabase(path)
    await migrateToLatest(store)
    store.sqlite.prepare("INSERT INTO schema_migration (name, applied_at_ms, app_version) VALUES ('9990_from_the_future', 1, '9.0.0')").run()
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    const before = readFileSync(path)
    await expect(migrateToLatest(store)).rejects.toBeInstanceOf(DbFromNewerVersionError)
    await expect(migrateToLatest(store)).rejects.toThrow(/更新版本/)
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    expect(readFileSync(path).equals(before)).toBe(true)
  })

  it('rolls a failing migration back completely and records nothing for it', async () => {
    const path = join(tmp.dir, 'fail.sqlite')
    store = openDatabase(path)
    const failing: Record<string, Migration> = {
      ...MIGRATIONS,
      '9000_half_done': {
        up: async (db) => {
          await sql`CREATE TABLE half_done (x INTEGER) STRICT`.execute(db)
          await sql`INSERT INTO half_done (x) VALUES (1)`.execute(db)
          throw new Error('boom in the middle')
        },
      },
    }
    await expect(migrateToLatest(store, { migrations: failing, backupDir: join(tmp.dir, 'b') })).rejects.toThrow('boom')
    const tables = await tableNames(store.db)
    expect(tables).not.toContain('half_done')
    const applied = (store.sqlite.prepare('SELECT name FROM schema_migration').all() as { name: string }[]).map((r) => r.name)
    expect(applied).toEqual(Object.keys(MIGRATIONS).sort())
    expect(readdirSync(tmp.dir)).toContain('fail.sqlite')
  })
})
