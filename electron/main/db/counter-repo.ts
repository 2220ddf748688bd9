import type { Kysely } from 'kysely'
import type { DB } from './schema'

/**
 * Next case sequence for a year. Must run inside a write transaction together with the insert
 * that uses it: a rollback then gives the number back, so numbers are unique and gap-free.
 */
export async function nextCaseSeq(db: Kysely<DB>, year: number): Promise<number> {
  const row = await db
    .insertInto('case_counter')
    .values({ year, last_seq: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet((eb) => ({ last_seq: eb('case_counter.last_seq', '+', 1) })))
    .returning('last_seq')
    .executeTakeFirstOrThrow()
  return row.last_seq
}
