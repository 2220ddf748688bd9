import { createHash } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import type { DB } from './schema'

export interface AuditEntry {
  atMs: number
  actor: string
  action: string
  entity: string
  entityId: string
  before?: unknown
  after?: unknown
}

/** The `prev_hash` of the first entry of a chain. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64)

/** The stored columns that the hash covers. */
export interface AuditHashedFields {
  seq: number
  at_ms: number
  actor: string
  action: string
  entity: string
  entity_id: string
  before_json: string | null
  after_json: string | null
}

/**
 * SHA-256 (hex) over the canonical serialisation of an entry and the previous entry's hash.
 *
 * Canonical form, version 1: the JSON text of the array
 * `["audit-v1", seq, at_ms, actor, action, entity, entity_id, before_json, after_json, prev_hash]`
 * with the JSON columns taken as the exact stored text. JSON.stringify of a fixed-order array
 * of strings, integers and nulls is deterministic. FROZEN: migration 0020 backfilled with it and
 * every stored hash depends on it. A different format needs a new version tag, never an edit.
 */
export function auditEntryHash(row: AuditHashedFields, prevHash: string): string {
  const canonical = JSON.stringify([
    'audit-v1',
    row.seq,
    row.at_ms,
    row.actor,
    row.action,
    row.entity,
    row.entity_id,
    row.before_json,
    row.after_json,
    prevHash,
  ])
  return createHash('sha256').update(canonical, 'utf8').digest('hex')
}

async function sqliteSequence(db: Kysely<DB>): Promise<number> {
  const r = await sql<{ seq: number }>`SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'`.execute(db)
  return Number(r.rows[0]?.seq ?? 0)
}

/**
 * Appends to the audit log, chained to the previous entry. Call inside the same write
 * transaction as the change it records (writeTx holds the write lock, so the "last entry" read
 * here is still the last one when the insert lands, also across processes).
 *
 * The seq is chosen here, exactly as AUTOINCREMENT would (one more than the largest ever used),
 * because the hash covers it.
 */
export async function appendAudit(db: Kysely<DB>, entry: AuditEntry): Promise<{ seq: number; hash: string }> {
  const last = await db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst()
  const seq = Math.max(last?.seq ?? 0, await sqliteSequence(db)) + 1
  // An entry without a hash (written around this code) is reported by the check; chain on from genesis.
  const prevHash = last?.hash ?? AUDIT_GENESIS_HASH
  const fields: AuditHashedFields = {
    seq,
    at_ms: entry.atMs,
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
    after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
  }
  const hash = auditEntryHash(fields, prevHash)
  await db
    .insertInto('audit_log')
    .values({ ...fields, prev_hash: prevHash, hash })
    .execute()
  return { seq, hash }
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

// ---------------------------------------------------------------------------------------
// Checking the chain

export type AuditBreakKind = 'edited' | 'deleted' | 'reordered' | 'unhashed'

export interface AuditBreak {
  /** The entry concerned (for a deletion: the first missing seq). */
  seq: number
  kind: AuditBreakKind
  /** Chinese, for the admin. */
  message: string
}

export interface AuditChainReport {
  ok: boolean
  /** Entries read. */
  checked: number
  /** The newest entry: what a backup or an export can record as an anchor. */
  head: { seq: number; hash: string | null } | null
  breaks: AuditBreak[]
  /** More breaks were found than listed. */
  breaksTruncated: boolean
  tookMs: number
}

const MAX_BREAKS = 200
const BATCH = 2000

interface ChainRow extends AuditHashedFields {
  prev_hash: string | null
  hash: string | null
}

interface LinkSuspect {
  seq: number
  prevSeq: number | null
  prevHash: string | null
  selfOk: boolean
}

/**
 * Walks the whole log in seq order and reports every break:
 * - `edited`: an entry's content no longer matches its hash, or an entry was rewritten together
 *   with its hash (then the next entry's link to it no longer matches);
 * - `deleted`: a gap in the seq numbers, or entries missing at the end (SQLite remembers the
 *   largest seq ever used);
 * - `reordered`: an entry links to an entry that exists but is not the one before it;
 * - `unhashed`: an entry written around the application, with no hash at all.
 * Reads in batches, so memory stays flat on millions of entries. A pure hash chain cannot see
 * a rewrite of the whole chain from some point to the end with the hashes recomputed; backups
 * record the chain head (seq + hash) to catch that (see backup-service).
 */
export async function verifyAuditChain(db: Kysely<DB>): Promise<AuditChainReport> {
  const started = performance.now()
  const breaks: AuditBreak[] = []
  let truncated = false
  const report = (b: AuditBreak) => {
    if (breaks.length < MAX_BREAKS) breaks.push(b)
    else truncated = true
  }
  const suspects: LinkSuspect[] = []

  let prev: ChainRow | null = null
  let checked = 0
  let after = Number.MIN_SAFE_INTEGER
  for (;;) {
    const rows = (await db
      .selectFrom('audit_log')
      .select(['seq', 'at_ms', 'actor', 'action', 'entity', 'entity_id', 'before_json', 'after_json', 'prev_hash', 'hash'])
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(BATCH)
      .execute()) as ChainRow[]
    if (rows.length === 0) break
    for (const row of rows) {
      checked++
      const expectedSeq = prev ? prev.seq + 1 : 1
      const expectedPrev = prev?.hash ?? AUDIT_GENESIS_HASH
      if (row.seq > expectedSeq) {
        const last = row.seq - 1
        report({
          seq: expectedSeq,
          kind: 'deleted',
          message: last === expectedSeq ? `第${expectedSeq}条审计记录已被删除` : `第${expectedSeq}至${last}条审计记录已被删除`,
        })
      }
      if (row.hash === null || row.prev_hash === null) {
        report({ seq: row.seq, kind: 'unhashed', message: `第${row.seq}条审计记录没有哈希，不是由本程序写入的` })
      } else {
        const selfOk = auditEntryHash(row, row.prev_hash) === row.hash
        const linked = row.seq > expectedSeq || row.prev_hash === expectedPrev
        if (!linked && suspects.length < MAX_BREAKS) suspects.push({ seq: row.seq, prevSeq: prev?.seq ?? null, prevHash: row.prev_hash, selfOk })
        else if (!linked) truncated = true
        if (linked && !selfOk) report({ seq: row.seq, kind: 'edited', message: `第${row.seq}条审计记录的内容被改动过（与其哈希不符）` })
      }
      prev = row
    }
    after = rows[rows.length - 1]!.seq
  }

  // Second pass only when links broke: does the broken link point at another existing entry?
  if (suspects.length > 0) {
    const wanted = new Map<string, number | null>(suspects.map((s) => [s.prevHash!, null]))
    let from = Number.MIN_SAFE_INTEGER
    for (;;) {
      const rows = await db.selectFrom('audit_log').select(['seq', 'hash']).where('seq', '>', from).orderBy('seq').limit(BATCH * 5).execute()
      if (rows.length === 0) break
      for (const r of rows) if (r.hash !== null && wanted.has(r.hash)) wanted.set(r.hash, r.seq)
      from = rows[rows.length - 1]!.seq
    }
    for (const s of suspects) {
      const target = wanted.get(s.prevHash!) ?? null
      if (target !== null) {
        report({
          seq: s.seq,
          kind: 'reordered',
          message: `第${s.seq}条审计记录的顺序被调换（它链接的是第${target}条，而不是紧邻的前一条）`,
        })
      } else if (!s.selfOk) {
        report({ seq: s.seq, kind: 'edited', message: `第${s.seq}条审计记录的内容被改动过（与其哈希不符）` })
      } else {
        const edited = s.prevSeq ?? s.seq
        report({ seq: edited, kind: 'edited', message: `第${edited}条审计记录被改写过（其哈希被重新计算，后一条的链接与之不符）` })
      }
    }
  }

  const ever = await sqliteSequence(db)
  const lastSeq = (prev)?.seq ?? 0
  if (ever > lastSeq) {
    report({
      seq: lastSeq + 1,
      kind: 'deleted',
      message: ever === lastSeq + 1 ? `最后的第${ever}条审计记录已被删除` : `最后的第${lastSeq + 1}至${ever}条审计记录已被删除`,
    })
  }
  breaks.sort((a, b) => a.seq - b.seq)
  const head = prev
  return {
    ok: breaks.length === 0 && !truncated,
    checked,
    head: head ? { seq: head.seq, hash: head.hash } : null,
    breaks,
    breaksTruncated: truncated,
    tookMs: Math.round(performance.now() - started),
  }
}

/** The newest entry's seq and hash (the chain head). */
export async function auditHead(db: Kysely<DB>): Promise<{ seq: number; hash: string | null } | null> {
  const row = await db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst()
  return row ?? null
}

/** The stored hash of one entry (to compare with an anchor recorded elsewhere). */
export async function auditHashAt(db: Kysely<DB>, seq: number): Promise<string | null | undefined> {
  const row = await db.selectFrom('audit_log').select('hash').where('seq', '=', seq).executeTakeFirst()
  return row ? row.hash : undefined
}
