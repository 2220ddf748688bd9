import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'

export async function readSetting(db: Kysely<DB>, key: string): Promise<{ value: unknown; updatedAtMs: number } | null> {
  const row = await db.selectFrom('setting').select(['value_json', 'updated_at_ms']).where('key', '=', key).executeTakeFirst()
  return row ? { value: JSON.parse(row.value_json) as unknown, updatedAtMs: row.updated_at_ms } : null
}

export async function writeSetting(db: Kysely<DB>, key: string, value: unknown, atMs: number): Promise<void> {
  const value_json = JSON.stringify(value)
  await db
    .insertInto('setting')
    .values({ key, value_json, updated_at_ms: atMs })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value_json, updated_at_ms: atMs }))
    .execute()
}
