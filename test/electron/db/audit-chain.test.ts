import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AuditVerifyResult } from '../../../shared/backup/dto'
import { openDatabase, type OpenDb } from '../../../electron/main/db/connection'
import { migrateToLatest } from '../../../electron/main/db/migrate'
import { MIGRATIONS } from '../../../electron/main/db/migrations'
import { AUDIT_GENESIS_HASH, appendAudit, auditEntryHash, verifyAuditChain, type AuditHashedFields } from '../../../electron/main/db/audit-repo'
import { writeTx } from '../../../electron/main/db/tx'
import { CLERK, makeResidentId, makeTestServices, validApplication, type TestServices } from '../../kit/services'
import { makeTempDir } from '../../kit/temp-dir'
import { value } from '../../kit/call'

let s: TestServices
beforeEach(async () => {
  s = await makeTestServices()
  for (let i = 0; i < 3; i++) {
    value(await s.dispatch('application:create', validApplication({ name: `链测${i}`, idNumber: makeResidentId('19800101', 200 + i) }), CLERK))
  }
  for (let i = 0; i < 3; i++) {
    value(
      await s.dispatch('consultation:create', { channel: 'window', consultedOn: '2026-11-20', topic: `咨询${i}`, summary: '工资被拖欠', adviceGiven: '可申请法律援助' }, CLERK),
    )
  }
})
afterEach(async () => {
  await s.dispose()
})

const sqlite = () => s.ctx.store.sqlite
const auditCount = () => (sqlite().prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n
/** What an attacker with the file does first: remove the append-only triggers. */
function dropGuards(): void {
  sqlite().exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;')
}
function rowAt(seq: number): AuditHashedFields & { prev_hash: string; hash: string } {
  return sqlite().prepare('SELECT * FROM audit_log WHERE seq = ?').get(seq) as AuditHashedFields & { prev_hash: string; hash: string }
}

describe('audit hash chain', () => {
  it('an intact chain verifies: each entry links to the one before and its hash matches', async () => {
    const n = auditCount()
    expect(n).toBeGreaterThanOrEqual(7) // settings + 3 applications + 3 consultations
    const report = await verifyAuditChain(s.ctx.db)
    expect(report).toMatchObject({ ok: true, checked: n, breaks: [] })
    expect(report.head?.seq).toBe(n)
    expect(rowAt(1).prev_hash).toBe(AUDIT_GENESIS_HASH)
    for (let seq = 2; seq <= n; seq++) {
      const row = rowAt(seq)
      expect(row.prev_hash).toBe(rowAt(seq - 1).hash)
      expect(row.hash).toBe(auditEntryHash(row, row.prev_hash))
    }
    const viaIpc = value<AuditVerifyResult>(await s.dispatch('audit:verify', {}, CLERK))
    expect(viaIpc.ok).toBe(true)
    expect(viaIpc.checked).toBe(n)
  })

  it('the append-only triggers are still in place after the migration', () => {
    expect(() => sqlite().prepare("UPDATE audit_log SET actor = 'x' WHERE seq = 2").run()).toThrow(/append-only/)
    expect(() => sqlite().prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/append-only/)
  })

  it('detects an edited entry and names its seq', async () => {
    dropGuards()
    sqlite().prepare("UPDATE audit_log SET actor = '冒名顶替' WHERE seq = 3").run()
    const report = await verifyAuditChain(s.ctx.db)
    expect(report.ok).toBe(false)
    expect(report.breaks).toEqual([expect.objectContaining({ seq: 3, kind: 'edited' })])
    expect(report.breaks[0]!.message).toMatch(/第3条.*改动/)
  })

  it('detects an entry rewritten with its hash recomputed (the next entry no longer links to it)', async () => {
    dropGuards()
    const row = rowAt(4)
    const forged = { ...row, after_json: JSON.stringify({ forged: true }) }
    const hash = auditEntryHash(forged, row.prev_hash)
    sqlite().prepare('UPDATE audit_log SET after_json = ?, hash = ? WHERE seq = 4').run(forged.after_json, hash)
    const report = await verifyAuditChain(s.ctx.db)
    expect(report.breaks).toEqual([expect.objectContaining({ seq: 4, kind: 'edited' })])
  })

  it('detects a deleted entry in the middle and at the end', async () => {
    dropGuards()
    const n = auditCount()
    sqlite().prepare('DELETE FROM audit_log WHERE seq = 5').run()
    sqlite().prepare('DELETE FROM audit_log WHERE seq = ?').run(n)
    const report = await verifyAuditChain(s.ctx.db)
    expect(report.ok).toBe(false)
    expect(report.breaks).toEqual([expect.objectContaining({ seq: 5, kind: 'deleted' }), expect.objectContaining({ seq: n, kind: 'deleted' })])
    expect(report.breaks[0]!.message).toMatch(/第5条.*删除/)
  })

  it('detects reordered entries (two entries swapped their places)', async () => {
    dropGuards()
    const db = sqlite()
    db.transaction(() => {
      db.prepare('UPDATE audit_log SET seq = -1 WHERE seq = 3').run()
      db.prepare('UPDATE audit_log SET seq = 3 WHERE seq = 5').run()
      db.prepare('UPDATE audit_log SET seq = 5 WHERE seq = -1').run()
    })()
    const report = await verifyAuditChain(s.ctx.db)
    expect(report.ok).toBe(false)
    expect(report.breaks[0]).toMatchObject({ seq: 3, kind: 'reordered' })
    expect(report.breaks.map((b) => b.kind)).not.toContain('deleted')
    expect(report.breaks.every((b) => b.seq >= 3 && b.seq <= 6)).toBe(true)
  })

  it('reports an entry inserted around the application (no hash)', async () => {
    sqlite().prepare("INSERT INTO audit_log (at_ms, actor, action, entity, entity_id) VALUES (1, '某人', 'x', 'e', '1')").run()
    const report = await verifyAuditChain(s.ctx.db)
    expect(report.breaks).toEqual([expect.objectContaining({ seq: auditCount(), kind: 'unhashed' })])
  })

  it('keeps chaining inside the caller transaction: a rolled-back change leaves no entry and no gap', async () => {
    const before = auditCount()
    await expect(
      writeTx(s.ctx.db, async (trx) => {
        await appendAudit(trx, { atMs: 1, actor: 'a', action: 'probe', entity: 'x', entityId: '1' })
        throw new Error('refused')
      }),
    ).rejects.toThrow('refused')
    expect(auditCount()).toBe(before)
    await writeTx(s.ctx.db, (trx) => appendAudit(trx, { atMs: 2, actor: 'a', action: 'probe', entity: 'x', entityId: '2' }))
    const report = await verifyAuditChain(s.ctx.db)
    expect(report.ok).toBe(true)
    expect(report.head?.seq).toBe(before + 1)
  })

  it('a rewrite of the whole tail with recomputed hashes is caught by the chain head a backup recorded', async () => {
    value(await s.dispatch('backup:run', {}, CLERK))
    dropGuards()
    // Rewrite entry 2 and re-chain everything after it: the chain alone is consistent again.
    const db = sqlite()
    const n = auditCount()
    let prev = rowAt(1).hash
    for (let seq = 2; seq <= n; seq++) {
      const row = rowAt(seq)
      const changed = seq === 2 ? { ...row, actor: '篡改者' } : row
      const hash = auditEntryHash(changed, prev)
      db.prepare('UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(changed.actor, prev, hash, seq)
      prev = hash
    }
    expect((await verifyAuditChain(s.ctx.db)).ok).toBe(true)
    const r = value<AuditVerifyResult>(await s.dispatch('audit:verify', {}, CLERK))
    expect(r.ok).toBe(false)
    expect(r.anchors.checked).toBe(1)
    expect(r.anchors.mismatches[0]).toMatchObject({ seq: n })
    expect(r.anchors.mismatches[0]!.message).toMatch(/改写/)
  })
})

describe('migration 0020 backfills the chain of an existing log', () => {
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

  it('chains the entries written before it, in seq order, and new entries continue the chain', async () => {
    store = openDatabase(join(tmp.dir, 'old.sqlite'))
    await migrateToLatest(store, { migrations: { '0010_init': MIGRATIONS['0010_init']! } })
    const insert = store.sqlite.prepare('INSERT INTO audit_log (at_ms, actor, action, entity, entity_id, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)')
    for (let i = 0; i < 4500; i++) insert.run(1_700_000_000_000 + i, `受理员${i % 3}`, 'application.create', 'legal_case', `id-${i}`, null, JSON.stringify({ i, 名: '张三' }))
    const result = await migrateToLatest(store, { backupDir: join(tmp.dir, 'backups') })
    expect(result.applied).toContain('0020_audit_chain')
    expect(result.backupPath).not.toBeNull()
    const report = await verifyAuditChain(store.db)
    expect(report).toMatchObject({ ok: true, checked: 4500 })
    await writeTx(store.db, (trx) => appendAudit(trx, { atMs: 1, actor: 'a', action: 'after-migration', entity: 'x', entityId: '1' }))
    const after = await verifyAuditChain(store.db)
    expect(after).toMatchObject({ ok: true, checked: 4501, head: { seq: 4501 } })
    expect(() => store!.sqlite.prepare("UPDATE audit_log SET actor = 'x' WHERE seq = 1").run()).toThrow(/append-only/)
  })
})
