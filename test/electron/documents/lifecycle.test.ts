/** Reprint gives the same document; void is recorded and the number is not reused; stored files outlive case edits. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { reprintDocument } from '../../../electron/main/documents/document-service'
import { renderPdf } from '../../../electron/main/pdf'
import type {  IssuedDocumentDto } from '../../../shared/documents/schema'
import { makeTestServices, type TestServices } from '../../kit/services'
import { CLERK, issue, pdfText, registerCase } from './helpers'
import { advanceCase } from '../../kit/advance'
import { call as kitCall, failure, value } from '../../kit/call'
import type { Channel } from '../../../shared/ipc/channels'
import type { Input } from '../../../shared/ipc/contract'
import { createHash } from 'node:crypto'

let s: TestServices
beforeEach(async () => {
  s = await makeTestServices()
})
afterEach(async () => {
  await s.dispose()
})

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')
const pathOf = (d: IssuedDocumentDto) => join(s.dir, ...d.filePath.split('/'))
const call = async <K extends Channel>(channel: K, input: Input<K>) => value(await kitCall(s, channel, input, CLERK))

async function grant(caseId: string) {
  await advanceCase(s, caseId, 'granted')
  return value(await issue(s, { type: 'grant-decision', caseId, extra: { findings: '申请事项属于法律援助范围，经济状况符合经济困难标准', aidForm: '民事诉讼代理' } })).document
}

describe('reprint', () => {
  it('returns the same number and SHA-256, from the stored file, and re-renders byte-identically from the stored view model', async () => {
    const c = await registerCase(s)
    const doc = await grant(c.id)
    const stored = readFileSync(pathOf(doc))
    expect(sha(stored)).toBe(doc.sha256)
    expect(doc.bytes).toBe(stored.length)

    const r = await call('documents:reprint', { id: doc.id })
    expect(r.document.docNumber).toBe(doc.docNumber)
    expect(r.document.sha256).toBe(doc.sha256)
    expect(r.source).toBe('stored-file')
    expect(r.sha256Matches).toBe(true)

    // The PDF layer is deterministic: the stored view model renders to the same bytes.
    const vm = JSON.parse(s.ctx.store.sqlite.prepare('SELECT view_model_json FROM issued_document WHERE id = ?').pluck().get(doc.id) as string)
    expect(sha((await renderPdf(vm)).pdf)).toBe(doc.sha256)
  })

  it('restores a deleted or altered file from the stored view model when the hash matches, and says so', async () => {
    const c = await registerCase(s)
    const doc = await grant(c.id)
    rmSync(pathOf(doc))
    const gone = await call('documents:reprint', { id: doc.id })
    expect(gone.source).toBe('re-rendered')
    expect(gone.sha256Matches).toBe(true)
    expect(gone.warning).toContain('存档文件缺失')
    expect(sha(readFileSync(pathOf(doc)))).toBe(doc.sha256)

    writeFileSync(pathOf(doc), Buffer.concat([readFileSync(pathOf(doc)), Buffer.from('% tampered\n')]))
    const altered = await call('documents:reprint', { id: doc.id })
    expect(altered.warning).toContain('存档文件已被改动')
    expect(sha(readFileSync(pathOf(doc)))).toBe(doc.sha256)
  })

  it('reports a mismatch when the re-rendered bytes differ from the recorded hash, and leaves the file alone', async () => {
    const c = await registerCase(s)
    const doc = await grant(c.id)
    rmSync(pathOf(doc))
    const r = await reprintDocument(s.ctx, doc.id, CLERK.actor, {
      render: async (vm, o) => {
        const out = await renderPdf(vm, o)
        return { ...out, pdf: Buffer.concat([out.pdf, Buffer.from('\n')]) } // as if fonts or code had changed
      },
    })
    expect(r.sha256Matches).toBe(false)
    expect(r.warning).toContain('哈希不一致')
    expect(() => readFileSync(pathOf(doc))).toThrow()
  })
})

describe('void', () => {
  it('records who, when and why; refuses a second void and an empty reason; the number is not reused', async () => {
    const c = await registerCase(s)
    const first = await grant(c.id)
    const noReason = await s.dispatch('documents:void', { id: first.id, reason: ' ' }, CLERK)
    expect(noReason.ok).toBe(false)
    if (!noReason.ok) expect(noReason.error.code).toBe('VALIDATION')

    const voided = await call('documents:void', { id: first.id, reason: '申请人姓名录入有误，重新开具' })
    expect(voided.voided).toEqual({ atMs: s.ctx.clock.now(), by: CLERK.actor, reason: '申请人姓名录入有误，重新开具' })
    const again = await s.dispatch('documents:void', { id: first.id, reason: '再次作废' }, CLERK)
    expect(again.ok).toBe(false)
    if (!again.ok) expect(again.error.code).toBe('CONFLICT')
    // A voided document is not printed again as if it were valid; the audit log gets no reprint.
    const reprinted = failure(await s.dispatch('documents:reprint', { id: first.id }, CLERK))
    expect(reprinted.code).toBe('CONFLICT')
    expect(reprinted.message).toContain('已于 2026年11月23日 由测试受理员作废（申请人姓名录入有误，重新开具），不能重新打印')
    expect(s.ctx.store.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'document.reprint'").get()).toEqual({ n: 0 })

    const second = await grant(c.id)
    expect(first.docNumber).toBe('呼法援援〔2026〕1号')
    expect(second.docNumber).toBe('呼法援援〔2026〕2号')
    // Still listed, still readable; the database refuses to delete or change it.
    const list = await call('documents:list', { caseId: c.id })
    expect(list.map((d) => [d.docNumber, d.voided !== null])).toEqual([
      ['呼法援援〔2026〕2号', false],
      ['呼法援援〔2026〕1号', true],
    ])
    expect(() => s.ctx.store.sqlite.prepare('DELETE FROM issued_document WHERE id = ?').run(first.id)).toThrow(/never deleted/)
    expect(() => s.ctx.store.sqlite.prepare("UPDATE issued_document SET doc_number = 'x' WHERE id = ?").run(first.id)).toThrow(/voided/)
    const file = await call('case:get', { id: c.id })
    expect(file.events.map((e) => e.action)).toContain('document.void')
    // A voided grant decision is not the one later documents refer to.
    await advanceCase(s, c.id, 'assigned')
    const assignment = value(
      await issue(s, { type: 'assignment-notice', caseId: c.id, extra: { aidForm: '民事诉讼代理' } }),
    )
    expect(await pdfText(readFileSync(pathOf(assignment.document)))).toContain('根据呼法援援〔2026〕2号给予法律援助决定书')
  })
})

describe('stored documents', () => {
  it('open unchanged after the case was edited, while a new document shows the new data', async () => {
    const c = await registerCase(s, { name: '王芳' })
    const before = value(await issue(s, { type: 'acceptance-receipt', caseId: c.id, extra: { materials: ['法律援助申请表'] } })).document
    s.ctx.store.sqlite.prepare("UPDATE legal_case SET applicant_name = '王芳芳', applicant_address = '呼和浩特市回民区新地址8号' WHERE id = ?").run(c.id)

    const read = await call('documents:read', { id: before.id })
    const bytes = Buffer.from(read.base64, 'base64')
    expect(read.mime).toBe('application/pdf')
    expect(read.fileName).toBe('法律援助申请受理回执 呼法援受〔2026〕1号.pdf')
    expect(sha(bytes)).toBe(before.sha256)
    const oldText = await pdfText(bytes)
    expect(oldText).toContain('王芳：')
    expect(oldText).not.toContain('王芳芳')
    expect((await call('documents:reprint', { id: before.id })).sha256Matches).toBe(true)

    const after = value(await issue(s, { type: 'acceptance-receipt', caseId: c.id, extra: { materials: ['法律援助申请表'] } })).document
    expect(await pdfText(readFileSync(pathOf(after)))).toContain('王芳芳：')
    const got = await call('documents:get', { id: before.id })
    expect(got).toEqual(before)
  })

  it('lists by type and date across cases; unknown ids are NOT_FOUND; browser mode does not open windows', async () => {
    const a = await registerCase(s, { name: '甲某' })
    await issue(s, { type: 'acceptance-receipt', caseId: a.id })
    await grant(a.id)
    const byType = await call('documents:list', { type: 'acceptance-receipt', issuedFrom: '2026-11-23', issuedTo: '2026-11-23' })
    expect(byType.map((d) => [d.docNumber, d.caseNumber])).toEqual([['呼法援受〔2026〕1号', '2026-0001']])
    expect(await call('documents:list', { issuedTo: '2026-11-22' })).toEqual([])
    const missing = await s.dispatch('documents:get', { id: 'nope' }, CLERK)
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND')
    expect(await call('documents:open', { id: byType[0]!.id })).toEqual({ opened: false })
  })
})
