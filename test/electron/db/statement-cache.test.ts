import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { withStatementCache } from '../../../electron/main/db/statement-cache'
import { openDatabase } from '../../../electron/main/db/connection'
import { makeTempDir } from '../../kit/temp-dir'

describe('statement cache (kysely over better-sqlite3)', () => {
  let sqlite: Database.Database
  beforeEach(() => {
    sqlite = new Database(':memory:')
    sqlite.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)')
    sqlite.prepare('INSERT INTO t (name) VALUES (?), (?), (?)').run('甲', '乙', '丙')
  })
  afterEach(() => {
    if (sqlite.open) sqlite.close()
  })

  it('hands out the same statement for the same SQL, and it still binds fresh parameters', () => {
    const cache = withStatementCache(sqlite)
    const a = cache.prepare('SELECT name FROM t WHERE id = ?')
    const b = cache.prepare('SELECT name FROM t WHERE id = ?')
    expect(b).toBe(a)
    expect(a.all([1])).toEqual([{ name: '甲' }])
    expect(b.all([3])).toEqual([{ name: '丙' }])
    expect(cache.prepare('SELECT name FROM t WHERE id = ? ').all([2])).toEqual([{ name: '乙' }])
    expect(cache.size).toBe(2)
  })

  it('never shares a statement that is still being iterated', () => {
    const cache = withStatementCache(sqlite)
    const sql = 'SELECT name FROM t ORDER BY id'
    const streaming = cache.prepare(sql)
    const iter = streaming.iterate([])
    expect(iter.next().value).toEqual({ name: '甲' })
    // Same SQL while the first is mid-iteration: a separate statement (better-sqlite3 would
    // otherwise refuse with "This statement is busy executing a query").
    const other = cache.prepare(sql)
    expect(other).not.toBe(streaming)
    iter.return?.()
    expect(cache.prepare(sql)).toBe(streaming)
  })

  it('keeps at most `capacity` statements, dropping the least recently used', () => {
    const cache = withStatementCache(sqlite, 2)
    const one = cache.prepare('SELECT 1')
    const two = cache.prepare('SELECT 2')
    expect(cache.prepare('SELECT 1')).toBe(one) // 1 is now the most recent
    cache.prepare('SELECT 3')
    expect(cache.size).toBe(2)
    expect(cache.prepare('SELECT 1')).toBe(one)
    expect(cache.prepare('SELECT 2')).not.toBe(two) // 2 was evicted and compiled again
  })

  it('keeps working across a schema change (SQLite re-prepares the statement)', () => {
    const cache = withStatementCache(sqlite)
    const insert = cache.prepare('INSERT INTO t (name) VALUES (?)')
    sqlite.exec('ALTER TABLE t ADD COLUMN note TEXT; CREATE INDEX t_name ON t (name)')
    insert.run(['丁'])
    expect(cache.prepare('INSERT INTO t (name) VALUES (?)')).toBe(insert)
    expect(sqlite.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 4 })
  })

  it('closing clears the cache and closes the connection', () => {
    const cache = withStatementCache(sqlite)
    cache.prepare('SELECT 1')
    cache.close()
    expect(cache.size).toBe(0)
    expect(sqlite.open).toBe(false)
  })

  it('is what openDatabase gives kysely: repeated queries compile once', async () => {
    const tmp = makeTempDir()
    const store = openDatabase(`${tmp.dir}/s.sqlite`)
    try {
      let compiled = 0
      const prepare = store.sqlite.prepare.bind(store.sqlite)
      store.sqlite.prepare = ((sql: string) => {
        compiled++
        return prepare(sql)
      }) as typeof store.sqlite.prepare
      await store.db.schema.createTable('x').addColumn('id', 'integer', (c) => c.primaryKey()).execute()
      compiled = 0
      for (let i = 0; i < 50; i++) await (store.db as never as import('kysely').Kysely<{ x: { id: number } }>).insertInto('x').values({ id: i }).execute()
      expect(compiled).toBe(1)
    } finally {
      await store.close()
      tmp.cleanup()
    }
  })
})
