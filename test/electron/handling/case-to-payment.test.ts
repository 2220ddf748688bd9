import { existsSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadCenterPolicySettings } from '../../../electron/main/policy-settings/policy-settings-service'
import type { BatchDetail } from '../../../shared/subsidy/dto'
import { computeSubsidy } from '../../../shared/policy'
import { makeTestServices, type TestServices } from '../../kit/services'
import { addFirm, addLawyer, error, rows } from '../cases/helpers'
import { DIRECTOR, FINANCE, call, closeAndReview, computeAndApprove, concludedCase, value, waitForVouchers } from './helpers'

let s: TestServices
let lawyer: string

beforeEach(async () => {
  s = await makeTestServices()
  const firm = await addFirm(s)
  lawyer = await addLawyer(s, { name: '刘建国', kind: 'lawyer', firmId: firm, licenceNo: '11501201010001', practiceStart: '2010-05-01', specialties: ['criminal'] })
})
afterEach(async () => {
  await s.dispose()
})

const DATES = { received: '2026-09-01', assigned: '2026-09-02', handling: '2026-09-03', concluded: '2026-10-01' }

async function engineTotal(caseId: string, grade: 'excellent' | 'good' | 'pass' | 'fail', extras: { reason: 'off-site-evidence' | 'complex'; amountFen: number; approvedBy: string | null }[] = []) {
  const assignedOn = rows(s, "SELECT on_date FROM case_transition WHERE case_id = ? AND action = 'assign'", caseId)[0].on_date
  const r = computeSubsidy(
    { region: 'nei-mongol', kind: 'criminal', decidedOn: assignedOn, qualityGrade: grade, stagesCovered: 1, stagesTotal: 1, extras: extras as never },
    await loadCenterPolicySettings(s.ctx.db),
  )
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

async function payAll(period: string, paidOn: string): Promise<BatchDetail> {
  const batch = value(await call(s, 'subsidy-batch:create', { period }, FINANCE))
  value(await call(s, 'subsidy-batch:approve', { batchId: batch.id }, DIRECTOR))
  return value(await call(s, 'subsidy-batch:pay', { batchId: batch.id, paidOn }, FINANCE))
}

describe('from assignment to a paid voucher', () => {
  it('logs handling, flags late closing materials on the board, closes, archives, reviews, pays and prints', async () => {
    const caseId = await concludedCase(s, lawyer, DATES)
    value(await call(s, 'handling:add-event', { caseId, kind: 'hearing', on: '2026-09-20', summary: '出庭辩护' }))
    value(await call(s, 'handling:add-event', { caseId, kind: 'judgment', on: '2026-10-01', summary: '一审判决' }))

    // Closing materials: due from 办结 by the engine; late → on the deadlines board.
    let st = value(await call(s, 'handling:get', { caseId }))
    expect(st.events.map((e) => e.kind)).toEqual(['meeting', 'hearing', 'judgment'])
    expect(st.closingDeadline).toMatchObject({ status: 'open', overdue: true })
    const board = value(await call(s, 'deadlines:board', {}))
    const late = board.overdue.find((d) => d.caseId === caseId)
    expect(late?.kind).toBe('closing-materials')
    expect(late?.dueOn).toBe(st.closingDeadline!.dueOn)

    // 结案 refused while required materials are missing; nothing changes.
    const missing = error(await call(s, 'handling:close', { caseId, materialsSubmittedOn: '2026-11-10', items: [{ code: 'closing-report', done: true }] }))
    expect(missing.code).toBe('POLICY_VIOLATION')
    expect(missing.message).toContain('会见笔录')
    expect(rows(s, 'SELECT status FROM legal_case WHERE id = ?', caseId)[0].status).toBe('handling')

    // Closed and reviewed; the deadline is met and leaves the board.
    const q = await closeAndReview(s, caseId, '2026-11-10', 'good', '2026-11-12')
    expect(q.current).toMatchObject({ score: 84, grade: 'good', gradeLabel: '良好', rubricIsDefault: true })
    st = value(await call(s, 'handling:get', { caseId }))
    expect(st.status).toBe('closed')
    expect(st.closingDeadline).toMatchObject({ status: 'met', overdue: false })
    const after = value(await call(s, 'deadlines:board', {}))
    expect(after.overdue.some((d) => d.caseId === caseId)).toBe(false)
    expect(rows(s, 'SELECT end_kind FROM case_assignment WHERE case_id = ?', caseId)[0].end_kind).toBe('closed')

    // Archive numbers: gap-free per year.
    st = value(await call(s, 'handling:archive', { caseId, on: '2026-11-20', location: '档案室A-3' }))
    expect(st.status).toBe('archived')
    expect(st.closing!.archiveNumber).toBe('2026-归-0001')
    const other = await concludedCase(s, lawyer, { ...DATES, received: '2026-09-05', assigned: '2026-09-06', handling: '2026-09-07' }, '其木格')
    await closeAndReview(s, other, '2026-11-10', 'excellent')
    const bad = error(await call(s, 'handling:archive', { caseId: other, on: '2026-11-09' }))
    expect(bad.code).toBe('VALIDATION') // before the closing date: number not consumed
    expect(value(await call(s, 'handling:archive', { caseId: other, on: '2026-11-21' })).closing!.archiveNumber).toBe('2026-归-0002')
    expect(rows(s, 'SELECT action FROM case_transition WHERE case_id = ? ORDER BY seq', caseId).map((r) => r.action)).toEqual(['assign', 'start-handling', 'report-concluded', 'close', 'archive'])

    // Subsidy: the engine's figure, computed independently here.
    const sub = await computeAndApprove(s, caseId)
    const expected = await engineTotal(caseId, 'good')
    expect(sub.claims[0]!.totalFen).toBe(expected.totalFen)
    expect(sub.claims[0]!.baseFen).toBe(expected.baseFen)
    expect(sub.claims[0]!.entries).toHaveLength(1)
    await computeAndApprove(s, other)
    const expectedOther = await engineTotal(other, 'excellent')

    const batch = await payAll('2026-11', '2026-11-23')
    expect(batch.status).toBe('paid')
    expect(batch.totalFen).toBe(expected.totalFen + expectedOther.totalFen)
    expect(batch.rows).toHaveLength(2)

    // Vouchers: numbered in the documents' series, stored, linked from the ledger.
    const job = await waitForVouchers(s, batch.id)
    expect(job).toMatchObject({ state: 'done', done: 2, total: 2 })
    const docs = rows(s, "SELECT d.doc_number, d.file_path, d.view_model_json, e.amount_fen FROM subsidy_entry e JOIN issued_document d ON d.id = e.voucher_doc_id WHERE e.batch_id = ? ORDER BY d.seq", batch.id)
    expect(docs.map((d) => d.doc_number)).toEqual(['呼法援补贴〔2026〕1号', '呼法援补贴〔2026〕2号'])
    for (const d of docs) {
      expect(existsSync(`${s.dir}/${d.file_path}`)).toBe(true)
      expect(JSON.parse(d.view_model_json).totalFen).toBe(d.amount_fen)
    }
    // Running the job again issues nothing new.
    const again = await waitForVouchers(s, batch.id)
    expect(again.total).toBe(0)
    expect(rows(s, "SELECT count(*) n FROM issued_document WHERE doc_type = 'subsidy-voucher'")[0].n).toBe(2)

    // 汇总表 PDF, issued once.
    const list = value(await call(s, 'subsidy-batch:payment-list', { batchId: batch.id }, FINANCE))
    expect(list.docNumber).toBe('呼法援汇〔2026〕1号')
    const listVm = JSON.parse(rows(s, 'SELECT view_model_json FROM issued_document WHERE id = ?', list.documentId)[0].view_model_json)
    expect(listVm.totalFen).toBe(batch.totalFen)
    expect(value(await call(s, 'subsidy-batch:payment-list', { batchId: batch.id }, FINANCE)).reused).toBe(true)
  })
})

describe('extras need the director', () => {
  it('holds back an unapproved extra and counts it once the director approves', async () => {
    const caseId = await concludedCase(s, lawyer, DATES)
    await closeAndReview(s, caseId, '2026-10-20', 'pass')
    value(await call(s, 'subsidy:extra-request', { caseId, reason: 'off-site-evidence', amountFen: 30_000, note: '赴包头市调查取证两次' }))
    let st = value(await call(s, 'subsidy:compute', { caseId, kind: 'criminal', stagesCovered: 1, stagesTotal: 1 }))
    const held = await engineTotal(caseId, 'pass', [{ reason: 'off-site-evidence', amountFen: 30_000, approvedBy: null }])
    expect(held.needsApproval).toBe(true)
    expect(st.claims[0]).toMatchObject({ totalFen: held.totalFen, extrasFen: 0, pendingExtras: 1 })

    const refused = error(await call(s, 'subsidy:approve', { claimId: st.claims[0]!.id }, DIRECTOR))
    expect(refused.code).toBe('POLICY_VIOLATION')
    expect(refused.message).toContain('待负责人核准')
    const notDirector = error(await call(s, 'subsidy:extra-decide', { extraId: st.extras[0]!.id, decision: 'approved' }, FINANCE))
    expect(notDirector.code).toBe('PERMISSION')

    st = value(await call(s, 'subsidy:extra-decide', { extraId: st.extras[0]!.id, decision: 'approved', note: '确需异地取证' }, DIRECTOR))
    expect(st.extras[0]).toMatchObject({ decision: 'approved', decidedBy: '赵主任', decidedOn: '2026-11-23' })
    const counted = await engineTotal(caseId, 'pass', [{ reason: 'off-site-evidence', amountFen: 30_000, approvedBy: '赵主任' }])
    expect(counted.extrasFen).toBe(30_000)
    expect(st.claims[0]).toMatchObject({ totalFen: counted.totalFen, extrasFen: 30_000, pendingExtras: 0, status: 'computed' })
    // The claim names the profile and the clauses its amount rests on, as the engine gave them.
    expect(st.claims[0]!.profileName).toBe(counted.profileName)
    expect(st.claims[0]!.basis).toEqual(counted.basis.map((b) => ({ doc: b.doc, clause: b.clause, ...(b.unverified ? { unverified: true } : {}) })))
    expect(st.claims[0]!.basis.length).toBeGreaterThan(0)
    const approved = value(await call(s, 'subsidy:approve', { claimId: st.claims[0]!.id }, DIRECTOR))
    expect(approved.entries[0]!.amountFen).toBe(counted.totalFen)

    // The voucher lists the extra with its approver.
    const batch = await payAll('2026-11', '2026-11-23')
    await waitForVouchers(s, batch.id)
    const vm = JSON.parse(rows(s, 'SELECT d.view_model_json FROM subsidy_entry e JOIN issued_document d ON d.id = e.voucher_doc_id WHERE e.batch_id = ?', batch.id)[0].view_model_json)
    expect(vm.extras).toEqual([expect.objectContaining({ amountFen: 30_000, approvedBy: '赵主任', approvedOn: '2026-11-23' })])
    expect(vm.totalFen).toBe(counted.totalFen)
  })
})

describe('nothing is paid twice', () => {
  it('refuses a second payment at the service and in the database', async () => {
    const caseId = await concludedCase(s, lawyer, DATES)
    await closeAndReview(s, caseId, '2026-10-20', 'excellent')
    const sub = await computeAndApprove(s, caseId)
    const batch = await payAll('2026-11', '2026-11-23')
    const entry = rows(s, 'SELECT * FROM subsidy_entry WHERE batch_id = ?', batch.id)[0]

    const twice = error(await call(s, 'subsidy-batch:pay', { batchId: batch.id, paidOn: '2026-11-23' }, FINANCE))
    expect(twice.code).toBe('CONFLICT')
    expect(twice.message).toContain('不能重复发放')
    expect(error(await call(s, 'subsidy-batch:create', { period: '2026-12' }, FINANCE)).code).toBe('CONFLICT') // nothing left to pay
    expect(error(await call(s, 'subsidy:compute', { caseId, kind: 'criminal' })).message).toContain('更正')
    expect(error(await call(s, 'subsidy:approve', { claimId: sub.claims[0]!.id }, DIRECTOR)).code).toBe('CONFLICT')

    const sqlite = s.ctx.store.sqlite
    expect(() => sqlite.prepare("UPDATE subsidy_entry SET paid_on = '2026-11-23', paid_at_ms = paid_at_ms + 1 WHERE id = ?").run(entry.id)).toThrow(/paid or cancelled/)
    expect(() => sqlite.prepare('UPDATE subsidy_entry SET amount_fen = amount_fen + 100 WHERE id = ?').run(entry.id)).toThrow(/paid or cancelled/)
    expect(() => sqlite.prepare('DELETE FROM subsidy_entry WHERE id = ?').run(entry.id)).toThrow(/never deleted/)
    expect(() =>
      sqlite
        .prepare(
          "INSERT INTO subsidy_entry (id, claim_id, lawyer_id, kind, amount_fen, status, approved_by, approved_on, approved_at_ms, batch_id, paid_on, paid_by, paid_at_ms) VALUES ('dup', ?, ?, 'original', ?, 'paid', 'x', '2026-11-20', 1, ?, '2026-11-21', 'x', 1)",
        )
        .run(entry.claim_id, entry.lawyer_id, entry.amount_fen, batch.id),
    ).toThrow(/UNIQUE/)
    expect(() => sqlite.prepare("UPDATE subsidy_batch SET status = 'approved', paid_on = NULL, paid_at_ms = NULL, paid_by = NULL WHERE id = ?").run(batch.id)).toThrow(/paid/)
    expect(rows(s, 'SELECT * FROM subsidy_entry WHERE id = ?', entry.id)[0]).toEqual(entry)
  })
})

describe('corrections', () => {
  it('records a reversal and the new amount as new entries; the paid original is untouched', async () => {
    const caseId = await concludedCase(s, lawyer, DATES)
    await closeAndReview(s, caseId, '2026-10-20', 'pass')
    const sub = await computeAndApprove(s, caseId)
    const claimId = sub.claims[0]!.id
    await payAll('2026-11', '2026-11-23')
    const original = rows(s, 'SELECT * FROM subsidy_entry WHERE claim_id = ?', claimId)[0]
    const paidBefore = await engineTotal(caseId, 'pass')
    expect(original.amount_fen).toBe(paidBefore.totalFen)

    // A re-review raises the grade; the paid amount cannot be recomputed in place.
    value(await call(s, 'quality:review-save', { caseId, reviewedOn: '2026-11-15', scores: { 'file-complete': 20, procedure: 25, documents: 19, court: 14, effect: 19 }, peerReview: '复查改评' }, { actor: '复查员', via: 'electron', roles: ['reviewer'] }))
    expect(error(await call(s, 'subsidy:compute', { caseId, kind: 'criminal', stagesCovered: 1, stagesTotal: 1 })).code).toBe('CONFLICT')
    expect(error(await call(s, 'subsidy:correct', { claimId, reason: '复查' }, FINANCE)).code).toBe('PERMISSION')

    const corrected = value(await call(s, 'subsidy:correct', { claimId, reason: '质量评查复查改为优秀' }, DIRECTOR))
    const now = await engineTotal(caseId, 'excellent')
    expect(corrected.totalFen).toBe(now.totalFen)
    expect(corrected.entries.map((e) => [e.kind, e.amountFen, e.refersTo, e.status])).toEqual([
      ['original', original.amount_fen, null, 'paid'],
      ['reversal', -original.amount_fen, original.id, 'approved'],
      ['replacement', now.totalFen, original.id, 'approved'],
    ])
    expect(rows(s, 'SELECT * FROM subsidy_entry WHERE id = ?', original.id)[0]).toEqual(original)
    expect(error(await call(s, 'subsidy:correct', { claimId, reason: '再次' }, DIRECTOR)).code).toBe('CONFLICT') // one pending correction at a time

    const batch = await payAll('2026-11', '2026-11-23')
    expect(batch.totalFen).toBe(now.totalFen - original.amount_fen)
    const job = await waitForVouchers(s, batch.id)
    expect(job.total).toBe(1) // the replacement; the reversal prints on the list
    const net = rows(s, "SELECT sum(amount_fen) AS n FROM subsidy_entry WHERE claim_id = ? AND status = 'paid'", claimId)[0].n
    expect(net).toBe(now.totalFen)

    const fin = value(await call(s, 'finance:overview', { year: 2026 }, FINANCE))
    expect(fin.paidFen).toBe(now.totalFen)
    expect(fin.byMonth.find((m) => m.month === '2026-11')!.paidFen).toBe(now.totalFen)
    expect(fin.committedFen).toBe(now.totalFen)
    expect(fin.byLawyer).toEqual([expect.objectContaining({ lawyerId: lawyer, paidFen: now.totalFen, entries: 3 })])
  })
})

describe('payment list and public disclosure', () => {
  it('exports the batch to Excel with a matching total, and discloses no personal data', async () => {
    const names = ['巴特尔', '其木格', '乌云']
    const ids: string[] = []
    for (const [i, name] of names.entries()) {
      const id = await concludedCase(s, lawyer, { received: `2026-09-0${i + 1}`, assigned: `2026-09-0${i + 2}`, handling: `2026-09-0${i + 3}`, concluded: '2026-10-01' }, name)
      await closeAndReview(s, id, '2026-10-20', (['excellent', 'good', 'pass'] as const)[i]!)
      await computeAndApprove(s, id)
      ids.push(id)
    }
    value(await call(s, 'finance:budget-save', { year: 2026, amountFen: 50_000_000, source: '2026年法律援助补贴预算（测试值）' }, FINANCE))
    const batch = await payAll('2026-11', '2026-11-23')

    const xl = value(await call(s, 'subsidy-batch:export-excel', { batchId: batch.id }, FINANCE))
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(xl.contentBase64, 'base64') as never)
    const ws = wb.getWorksheet('补贴发放汇总表')!
    expect(ws.getRow(2).values).toEqual(expect.arrayContaining(['序号', '案件编号', '律师', '金额（元）']))
    const amountCol = (ws.getRow(2).values as unknown[]).indexOf('金额（元）')
    let sumFen = 0
    let totalCell: number | null = null
    ws.eachRow((row, n) => {
      if (n <= 2) return
      const v = Number(row.getCell(amountCol).value)
      if (row.getCell(1).value === '合计') totalCell = Math.round(v * 100)
      else sumFen += Math.round(v * 100)
    })
    expect(sumFen).toBe(batch.totalFen)
    expect(totalCell).toBe(batch.totalFen)
    expect(xl.rows).toBe(3)

    const pub = value(await call(s, 'finance:disclosure', { period: '2026-11' }, FINANCE))
    expect(pub.rows).toHaveLength(3)
    expect(pub.totalFen).toBe(batch.totalFen)
    const personal = rows(s, `SELECT applicant_name, applicant_id_number, applicant_phone, applicant_address FROM legal_case WHERE id IN (${ids.map(() => '?').join(',')})`, ...ids)
    const pubWb = new ExcelJS.Workbook()
    await pubWb.xlsx.load(Buffer.from(pub.excel.contentBase64, 'base64') as never)
    const cells: string[] = []
    pubWb.eachSheet((sh) => sh.eachRow((r) => r.eachCell((c) => void cells.push(String(c.value)))))
    const published = JSON.stringify(pub.rows) + cells.join('|')
    for (const p of personal) for (const v of Object.values(p)) expect(published).not.toContain(String(v))
    expect(published).toContain('刘建国')

    const fin = value(await call(s, 'finance:overview', { year: 2026 }, FINANCE))
    expect(fin).toMatchObject({ committedFen: batch.totalFen, paidFen: batch.totalFen, remainingFen: 50_000_000 - batch.totalFen })
  })

  it('refuses pay before the director approves, and payment by a non-finance role', async () => {
    const caseId = await concludedCase(s, lawyer, DATES)
    await closeAndReview(s, caseId, '2026-10-20', 'good')
    await computeAndApprove(s, caseId)
    const batch = value(await call(s, 'subsidy-batch:create', { period: '2026-11' }, FINANCE))
    expect(error(await call(s, 'subsidy-batch:pay', { batchId: batch.id, paidOn: '2026-11-23' }, FINANCE)).code).toBe('POLICY_VIOLATION')
    value(await call(s, 'subsidy-batch:approve', { batchId: batch.id }, DIRECTOR))
    expect(error(await call(s, 'subsidy-batch:pay', { batchId: batch.id, paidOn: '2026-11-23' }, DIRECTOR)).code).toBe('PERMISSION')
    expect(error(await call(s, 'subsidy-batch:pay', { batchId: batch.id, paidOn: '2026-11-30' }, FINANCE)).code).toBe('VALIDATION')
    expect(error(await call(s, 'subsidy-batch:vouchers-start', { batchId: batch.id }, FINANCE)).code).toBe('POLICY_VIOLATION')
  })
})
