import { sql, type Kysely } from 'kysely'
import { AUDIT_GENESIS_HASH, auditEntryHash, type AuditHashedFields } from '../audit-repo'

// Frozen once released: never edit, add a new migration instead.
// Tamper-evident audit log: each entry stores the previous entry's hash and its own hash
// (SHA-256 over the canonical entry + prev_hash, audit-repo.ts `auditEntryHash`, format v1).
// Existing entries are chained here, in seq order, inside the migration's transaction.
const HEX64 = `length(%) = 64 AND % NOT GLOB '*[^0-9a-f]*'`

export async function up(db: Kysely<any>): Promise<void> {
  // Nullable, so that a row written around the application (no hash) can still be stored and
  // is then reported by the check rather than silently refused.
  await sql.raw(`ALTER TABLE audit_log ADD COLUMN prev_hash TEXT CHECK (prev_hash IS NULL OR (${HEX64.replaceAll('%', 'prev_hash')}))`).execute(db)
  await sql.raw(`ALTER TABLE audit_log ADD COLUMN hash TEXT CHECK (hash IS NULL OR (${HEX64.replaceAll('%', 'hash')}))`).execute(db)

  // The append-only trigger refuses UPDATE; lift it for the backfill only, in this transaction.
  await sql`DROP TRIGGER audit_log_no_update`.execute(db)
  let prevHash = AUDIT_GENESIS_HASH
  let after = Number.MIN_SAFE_INTEGER
  for (;;) {
    const rows = (
      await sql<AuditHashedFields>`
        SELECT seq, at_ms, actor, action, entity, entity_id, before_json, after_json
        FROM audit_log WHERE seq > ${after} ORDER BY seq LIMIT 2000`.execute(db)
    ).rows
    if (rows.length === 0) break
    for (const row of rows) {
      const hash = auditEntryHash(row, prevHash)
      await sql`UPDATE audit_log SET prev_hash = ${prevHash}, hash = ${hash} WHERE seq = ${row.seq}`.execute(db)
      prevHash = hash
    }
    after = rows[rows.length - 1]!.seq
  }
  await sql`
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
      SELECT RAISE(ABORT, 'audit_log is append-only');
    END`.execute(db)
}
