import { sql, type Kysely } from 'kysely'
import type { DB } from './schema'

/**
 * Runs `fn` in a write transaction that takes the write lock up front (BEGIN IMMEDIATE).
 * A deferred transaction that reads first and writes later can fail with SQLITE_BUSY when
 * another process wrote in between; taking the lock first makes the busy timeout apply.
 * Either everything in `fn` commits or nothing does.
 */
export async function writeTx<T>(db: Kysely<DB>, fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn)
    try {
      const result = await fn(conn)
      await sql`commit`.execute(conn)
      return result
    } catch (err) {
      await sql`rollback`.execute(conn)
      throw err
    }
  })
}
