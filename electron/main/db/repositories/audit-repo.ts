import type { Kysely } from 'kysely'
import type { DB } from '../schema'

export interface AuditEntry {
  atMs: number
  actor: string
  action: string
  entity: string
  entityId: string
  before?: unknown
  after?: unknown
}

/** Appends to the audit log; call inside the same transaction as the change it records. */
export async function appendAudit(db: Kysely<DB>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at_ms: entry.atMs,
      actor: entry.actor,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
      after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute()
}

export async function listAuditFor(db: Kysely<DB>, entity: string, entityId: string) {
  return db
    .selectFrom('audit_log')
    .select(['seq', 'at_ms', 'actor', 'action'])
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('seq')
    .execute()
}
