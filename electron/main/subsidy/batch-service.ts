/**
 * Monthly payment batches: collect the approved, unpaid ledger entries; the director approves;
 * finance pays (one transaction: every entry paid once, the DB refuses a second time); vouchers
 * are numbered and stored one by one (a job with progress); the 汇总表 is issued as a numbered
 * PDF; the list is exported to Excel with Chinese headers and a total row.
 */
import { writeFile } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import type ExcelJS from 'exceljs'
import { newWorkbook } from '../lib/excel'
import type { Kysely, Selectable } from 'kysely'
import { compareDates, today, type LocalDate } from '../../../shared/domain/dates'
import { asFen, sumFen } from '../../../shared/domain/money'
import { AppError } from '../../../shared/ipc/result'
import type { BatchDetail, BatchDto, BatchRowDto, ExcelFile, VoucherJobStatus } from '../../../shared/subsidy/dto'
import { BATCH_STATUSES, ENTRY_KINDS, EXTRA_REASON_LABELS, QUALITY_GRADE_LABELS, SUBSIDY_KIND_LABELS, labelIn } from '../../../shared/handling/labels'
import { DOC, profileFor, type Citation, type SubsidyResult } from '../../../shared/policy'
import type { RegionCode } from '../../../shared/policy/types'
import { appendAudit } from '../db/audit-repo'
import type { DB } from '../db/schema'
import { writeTx } from '../db/tx'
import type { LegalBasis, PaymentListVm, SubsidyVoucherVm } from '../pdf/view-models'
import type { ServiceContext } from '../context'
import { requireCenterSettings } from '../settings/settings-service'
import { invalid, notFuture } from '../lib/service-checks'
import { issueFromViewModel, issueManyFromViewModels, type ManyItem } from './issue'

type BatchRow = Selectable<DB['subsidy_batch']>


async function voucherCounts(db: Kysely<DB>, batchId: string): Promise<{ issued: number; needed: number }> {
  const r = await db
    .selectFrom('subsidy_entry')
    .select((eb) => [
      eb.fn.sum<number>(eb.case().when('voucher_doc_id', 'is not', null).then(1).else(0).end()).as('issued'),
      eb.fn.sum<number>(eb.case().when('kind', '<>', 'reversal').then(1).else(0).end()).as('needed'),
    ])
    .where('batch_id', '=', batchId)
    .executeTakeFirstOrThrow()
  return { issued: Number(r.issued ?? 0), needed: Number(r.needed ?? 0) }
}

async function batchDto(db: Kysely<DB>, b: BatchRow): Promise<BatchDto> {
  const v = await voucherCounts(db, b.id)
  return {
    id: b.id,
    period: b.period,
    batchNo: b.batch_no,
    status: b.status,
    statusLabel: labelIn(BATCH_STATUSES, b.status),
    entryCount: b.entry_count,
    totalFen: b.total_fen,
    createdBy: b.created_by,
    approvedBy: b.approved_by,
    paidOn: b.paid_on,
    paidBy: b.paid_by,
    paymentListDocId: b.payment_list_doc_id,
    vouchersIssued: v.issued,
    vouchersNeeded: v.needed,
  }
}

async function requireBatch(db: Kysely<DB>, id: string): Promise<BatchRow> {
  const b = await db.selectFrom('subsidy_batch').selectAll().where('id', '=', id).executeTakeFirst()
  if (!b) throw new AppError('NOT_FOUND', '找不到该发放批次')
  return b
}

/** The batch's lines with what a list or an export prints. */
export async function batchRows(db: Kysely<DB>, batchId: string): Promise<BatchRowDto[]> {
  const rows = await db
    .selectFrom('subsidy_entry as e')
    .innerJoin('subsidy_claim as c', 'c.id', 'e.claim_id')
    .leftJoin('legal_case as k', 'k.id', 'c.case_id')
    .leftJoin('issued_document as d', 'd.id', 'e.voucher_doc_id')
    .leftJoin('subsidy_entry as o', 'o.id', 'e.refers_to')
    .leftJoin('issued_document as od', 'od.id', 'o.voucher_doc_id')
    .select([
      'e.id',
      'e.seq',
      'e.claim_id',
      'e.kind',
      'e.amount_fen',
      'e.reason',
      'e.voucher_doc_id',
      'c.duty_period',
      'c.lawyer_name',
      'c.firm_name',
      'c.kind as subsidy_kind',
      'c.quality_grade',
      'c.duty_days',
      'k.case_number',
      'd.doc_number',
      'od.doc_number as original_voucher',
    ])
    .where('e.batch_id', '=', batchId)
    .orderBy('c.lawyer_name')
    .orderBy('e.seq')
    .execute()
  return rows.map((r) => {
    const notes: string[] = []
    if (r.duty_period) notes.push(`${r.duty_period} 值班 ${r.duty_days ?? 0} 个工作日`)
    if (r.kind === 'reversal') notes.push(`冲销原发放${r.original_voucher ? `（${r.original_voucher}）` : ''}：${r.reason ?? ''}`)
    if (r.kind === 'replacement') notes.push(`更正后金额${r.original_voucher ? `，替代 ${r.original_voucher}` : ''}：${r.reason ?? ''}`)
    return {
      entryId: r.id,
      claimId: r.claim_id,
      kind: r.kind,
      kindLabel: labelIn(ENTRY_KINDS, r.kind),
      caseNumber: r.case_number,
      dutyPeriod: r.duty_period,
      lawyerName: r.lawyer_name,
      firmName: r.firm_name,
      subsidyKindLabel: labelIn(SUBSIDY_KIND_LABELS, r.subsidy_kind),
      qualityGradeLabel: r.quality_grade && !r.duty_period ? labelIn(QUALITY_GRADE_LABELS, r.quality_grade) : null,
      amountFen: r.amount_fen,
      voucherNumber: r.doc_number,
      voucherDocId: r.voucher_doc_id,
      note: notes.join('；'),
    }
  })
}

/** subsidy-batch:create — every approved entry not yet in a batch goes into a new batch for the month. */
export async function createBatch(ctx: ServiceContext, period: string, actor: string): Promise<BatchDetail> {
  const atMs = ctx.clock.now()
  const id = ctx.newId()
  await writeTx(ctx.db, async (trx) => {
    const entries = await trx.selectFrom('subsidy_entry').select(['id', 'amount_fen']).where('status', '=', 'approved').where('batch_id', 'is', null).orderBy('seq').execute()
    if (entries.length === 0) throw new AppError('CONFLICT', '没有已审批待发放的补贴：请先由负责人审批补贴，再编制发放批次')
    const last = await trx.selectFrom('subsidy_batch').select((eb) => eb.fn.max('seq').as('m')).where('period', '=', period).executeTakeFirst()
    const seq = Number(last?.m ?? 0) + 1
    const total = sumFen(entries.map((e) => asFen(e.amount_fen)))
    const values = { id, period, seq, batch_no: `${period}-${seq}`, status: 'draft', entry_count: entries.length, total_fen: total, created_by: actor, created_at_ms: atMs, approved_by: null, approved_at_ms: null, paid_on: null, paid_by: null, paid_at_ms: null, payment_list_doc_id: null }
    await trx.insertInto('subsidy_batch').values(values).execute()
    await trx.updateTable('subsidy_entry').set({ batch_id: id }).where('id', 'in', entries.map((e) => e.id)).execute()
    await appendAudit(trx, { atMs, actor, action: 'subsidy.batch-create', entity: 'subsidy_batch', entityId: id, after: { ...values, entries: entries.map((e) => e.id) } })
  })
  return getBatch(ctx, id)
}

export async function listBatches(ctx: ServiceContext, year?: number): Promise<BatchDto[]> {
  let q = ctx.db.selectFrom('subsidy_batch').selectAll()
  if (year) q = q.where('period', 'like', `${year}-%`)
  const rows = await q.orderBy('period', 'desc').orderBy('seq', 'desc').limit(500).execute()
  return Promise.all(rows.map((b) => batchDto(ctx.db, b)))
}

export async function getBatch(ctx: ServiceContext, batchId: string): Promise<BatchDetail> {
  const b = await requireBatch(ctx.db, batchId)
  return { ...(await batchDto(ctx.db, b)), rows: await batchRows(ctx.db, batchId) }
}

/** subsidy-batch:approve — the director approves the batch for payment. */
export async function approveBatch(ctx: ServiceContext, batchId: string, actor: string): Promise<BatchDetail> {
  const atMs = ctx.clock.now()
  await writeTx(ctx.db, async (trx) => {
    const b = await requireBatch(trx, batchId)
    if (b.status !== 'draft') throw new AppError('CONFLICT', b.status === 'paid' ? `批次 ${b.batch_no} 已于 ${b.paid_on} 发放` : `批次 ${b.batch_no} 已由 ${b.approved_by} 审批`)
    await trx.updateTable('subsidy_batch').set({ status: 'approved', approved_by: actor, approved_at_ms: atMs }).where('id', '=', b.id).execute()
    await appendAudit(trx, { atMs, actor, action: 'subsidy.batch-approve', entity: 'subsidy_batch', entityId: b.id, before: { status: 'draft' }, after: { status: 'approved', approved_by: actor } })
  })
  return getBatch(ctx, batchId)
}

/**
 * subsidy-batch:pay — finance records the payment: every entry of the batch is marked paid in
 * one transaction. Refused when the batch (or any entry) was paid already; the triggers and
 * unique indexes on subsidy_entry refuse a second payment even if this check were bypassed.
 */
export async function payBatch(ctx: ServiceContext, batchId: string, paidOn: LocalDate, actor: string): Promise<BatchDetail> {
  const atMs = ctx.clock.now()
  await writeTx(ctx.db, async (trx) => {
    const b = await requireBatch(trx, batchId)
    if (b.status === 'paid') throw new AppError('CONFLICT', `批次 ${b.batch_no} 已于 ${b.paid_on} 由 ${b.paid_by} 发放，不能重复发放`)
    if (b.status !== 'approved') throw new AppError('POLICY_VIOLATION', `批次 ${b.batch_no} 尚未经负责人审批，不能发放`)
    notFuture(ctx, paidOn, 'paidOn', '发放日期')
    const entries = await trx.selectFrom('subsidy_entry').selectAll().where('batch_id', '=', b.id).execute()
    const already = entries.filter((e) => e.status !== 'approved')
    if (already.length > 0) throw new AppError('CONFLICT', `批次中有 ${already.length} 笔款项已发放或已撤销，不能重复发放`)
    const latestApproval = entries.reduce((m, e) => (e.approved_on > m ? e.approved_on : m), '0000-00-00')
    if (compareDates(paidOn, latestApproval as LocalDate) < 0) invalid(['paidOn'], `发放日期不能早于补贴审批日期（${latestApproval}）`)
    // Double payment of the same claim through two batches: one live original per claim is
    // also a unique index; here the message says which case.
    for (const e of entries.filter((x) => x.kind === 'original')) {
      const other = await trx.selectFrom('subsidy_entry').select('id').where('claim_id', '=', e.claim_id).where('kind', '=', 'original').where('status', '=', 'paid').executeTakeFirst()
      if (other) throw new AppError('CONFLICT', '该补贴已发放过，不能重复发放')
    }
    await trx.updateTable('subsidy_entry').set({ status: 'paid', paid_on: paidOn, paid_by: actor, paid_at_ms: atMs }).where('batch_id', '=', b.id).execute()
    const claimIds = [...new Set(entries.map((e) => e.claim_id))]
    await trx.updateTable('subsidy_claim').set({ status: 'paid' }).where('id', 'in', claimIds).execute()
    await trx.updateTable('subsidy_batch').set({ status: 'paid', paid_on: paidOn, paid_by: actor, paid_at_ms: atMs }).where('id', '=', b.id).execute()
    await appendAudit(trx, { atMs, actor, action: 'subsidy.batch-pay', entity: 'subsidy_batch', entityId: b.id, before: { status: 'approved' }, after: { status: 'paid', paid_on: paidOn, entries: entries.length, total_fen: b.total_fen } })
  })
  return getBatch(ctx, batchId)
}

// ---------------------------------------------------------------------------------------
// Vouchers

function printedBasis(region: RegionCode, on: LocalDate, citations: readonly Citation[]): LegalBasis[] {
  const p = profileFor(region, on)
  const out: LegalBasis[] = []
  for (const c of citations) {
    if (c.unverified || c.doc === DOC.center || c.doc === DOC.civilCode || /^[a-z]/.test(c.clause)) continue
    const title = p.ok ? (p.value.sources.find((s) => s.doc === c.doc)?.title ?? c.doc) : c.doc
    if (!out.some((b) => b.doc === title && b.clause === c.clause)) out.push({ doc: title, clause: c.clause })
  }
  return out
}

async function voucherViewModel(db: Kysely<DB>, ctx: ServiceContext, entryId: string): Promise<{ vm: SubsidyVoucherVm; caseId: string | null }> {
  const center = await requireCenterSettings(ctx)
  const e = await db.selectFrom('subsidy_entry').selectAll().where('id', '=', entryId).executeTakeFirstOrThrow()
  const c = await db.selectFrom('subsidy_claim').selectAll().where('id', '=', e.claim_id).executeTakeFirstOrThrow()
  const k = c.case_id ? await db.selectFrom('legal_case').select(['case_number', 'applicant_name', 'cause']).where('id', '=', c.case_id).executeTakeFirst() : undefined
  const closing = c.case_id ? await db.selectFrom('case_closing').select(['closed_on']).where('case_id', '=', c.case_id).executeTakeFirst() : undefined
  const lawyer = await db.selectFrom('lawyer').select(['licence_no']).where('id', '=', c.lawyer_id).executeTakeFirst()
  // Rows written by other tools (e.g. the demo seeder) may carry a minimal snapshot: fall back
  // to the stored figures so the voucher still states base, extras and total consistently.
  const snap = JSON.parse(e.engine_result_json ?? c.engine_result_json) as Partial<SubsidyResult>
  const r: SubsidyResult = {
    ...(snap as SubsidyResult),
    extras: snap.extras ?? [],
    basis: snap.basis ?? [],
    rangeFen: snap.rangeFen ?? { min: c.base_fen, max: c.base_fen },
    rangeSourceNote: snap.rangeSourceNote ?? '本中心核定',
    unitFen: snap.unitFen ?? c.base_fen,
    baseFen: snap.baseFen ?? e.amount_fen - (snap.extras ?? []).reduce((sum, x) => sum + x.counted, 0),
    totalFen: snap.totalFen ?? e.amount_fen,
    withheld: snap.withheld ?? false,
  }
  const detail = JSON.parse(c.detail_json) as { extras?: { reason: string; amountFen: number; note: string; approvedBy: string | null; approvedOn: string | null }[] }
  const approvedExtras = (detail.extras ?? []).filter((x) => x.approvedBy)
  const extras = r.extras
    .filter((x) => x.counted > 0)
    .map((x, i) => {
      const given = approvedExtras.filter((a) => a.reason === x.reason)[0] ?? approvedExtras[i]
      return {
        item: labelIn(EXTRA_REASON_LABELS, x.reason),
        amountFen: asFen(x.counted),
        reason: given?.note ?? x.note,
        approvedBy: x.approvedBy ?? '',
        approvedOn: (given?.approvedOn ?? e.approved_on) as LocalDate,
      }
    })
  let original: string | null = null
  if (e.refers_to) {
    const o = await db.selectFrom('subsidy_entry as o').leftJoin('issued_document as d', 'd.id', 'o.voucher_doc_id').select('d.doc_number').where('o.id', '=', e.refers_to).executeTakeFirst()
    original = o?.doc_number ?? null
  }
  const grade = c.quality_grade ? labelIn(QUALITY_GRADE_LABELS, c.quality_grade) : undefined
  const baseNote = [
    c.source === 'duty' ? `${c.duty_period} 值班 ${c.duty_days} 个工作日 × ${r.unitFen / 100} 元` : grade ? `质量等级“${grade}”` : '',
    r.withheld ? '质量评查不合格，不予发放' : '',
    e.kind === 'replacement' ? `更正后金额${original ? `，替代原凭证 ${original}` : ''}（${e.reason ?? ''}）` : '',
  ]
    .filter(Boolean)
    .join('；')
  const vm: SubsidyVoucherVm = {
    kind: 'subsidy-voucher',
    variant: 'voucher',
    center: { name: center.centerName, address: center.address, phone: center.phone, docPrefix: center.docPrefix },
    docNumber: '（待编号）',
    issuedOn: today(ctx.clock),
    basis: printedBasis(c.region as RegionCode, c.standard_on, r.basis),
    caseNo: k?.case_number ?? `值班 ${c.duty_period}`,
    recipientName: k?.applicant_name ?? '（值班律师补贴，无受援人）',
    lawyer: { name: c.lawyer_name, ...(lawyer?.licence_no ? { licenseNo: lawyer.licence_no } : {}) },
    firm: c.firm_name ?? '',
    caseKind: labelIn(SUBSIDY_KIND_LABELS, c.kind),
    ...(k ? { matter: k.cause } : {}),
    closedOn: (closing?.closed_on ?? monthEnd(c.duty_period) ?? c.standard_on) as LocalDate,
    ...(grade && c.source === 'case' ? { qualityGrade: grade } : {}),
    range: { minFen: asFen(r.rangeFen.min), maxFen: asFen(r.rangeFen.max), source: r.rangeSourceNote },
    baseFen: asFen(r.baseFen),
    ...(baseNote ? { baseNote } : {}),
    extras,
    totalFen: asFen(e.amount_fen),
    signatures: { director: e.approved_by, ...(e.paid_by ? { finance: e.paid_by } : {}) },
  }
  if (r.totalFen !== e.amount_fen) throw new Error(`凭证金额 ${e.amount_fen} 与核算结果 ${r.totalFen} 不一致`)
  return { vm, caseId: c.case_id }
}

function monthEnd(period: string | null): string | null {
  if (!period) return null
  const [y, m] = period.split('-').map(Number) as [number, number]
  return `${period}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`
}

/**
 * Issues the vouchers of a paid batch that have none yet, one numbered document each, in
 * ledger order. Reversals get no voucher of their own: they print on the 汇总表 with a
 * reference to the voucher they cancel. Safe to run again after an interruption.
 */
/** Vouchers per transaction: a failure loses at most this much rendering, never a number. */
const VOUCHER_CHUNK = 50

export async function issueBatchVouchers(ctx: ServiceContext, batchId: string, actor: string, onProgress?: (done: number, total: number) => void): Promise<string[]> {
  const b = await requireBatch(ctx.db, batchId)
  if (b.status !== 'paid') throw new AppError('POLICY_VIOLATION', `批次 ${b.batch_no} 尚未发放：补贴发放凭证在登记发放后开具`)
  const center = await requireCenterSettings(ctx)
  const todo = await ctx.db.selectFrom('subsidy_entry').select('id').where('batch_id', '=', batchId).where('kind', '<>', 'reversal').where('voucher_doc_id', 'is', null).orderBy('seq').execute()
  const ids: string[] = []
  let done = 0
  onProgress?.(0, todo.length)
  // Chunks of vouchers, each rendered outside the write lock and committed in one transaction.
  for (let at = 0; at < todo.length; at += VOUCHER_CHUNK) {
    const chunk = todo.slice(at, at + VOUCHER_CHUNK)
    const items: ManyItem[] = []
    for (const { id } of chunk) {
      const { vm, caseId } = await voucherViewModel(ctx.db, ctx, id)
      items.push({
        caseId,
        vm,
        link: async (trx, docId) => {
          const r = await trx.updateTable('subsidy_entry').set({ voucher_doc_id: docId }).where('id', '=', id).where('voucher_doc_id', 'is', null).executeTakeFirst()
          if (Number(r.numUpdatedRows) !== 1) throw new AppError('CONFLICT', '该笔款项已开具凭证')
        },
      })
    }
    let rendered = 0
    const refs = await issueManyFromViewModels(ctx, {
      type: 'subsidy-voucher',
      docPrefix: center.docPrefix,
      actor,
      items,
      onRendered: () => onProgress?.(Math.min(done + ++rendered, todo.length), todo.length),
    })
    ids.push(...refs.map((r) => r.id))
    done += refs.length
    onProgress?.(done, todo.length)
  }
  return ids
}

interface Job extends VoucherJobStatus {
  startedAt: number
}
const jobs = new WeakMap<ServiceContext, Map<string, Job>>()

function jobsOf(ctx: ServiceContext): Map<string, Job> {
  let m = jobs.get(ctx)
  if (!m) {
    m = new Map()
    jobs.set(ctx, m)
  }
  return m
}

/** subsidy-batch:vouchers-start — runs issueBatchVouchers in the background; poll the job. */
export async function startVoucherJob(ctx: ServiceContext, batchId: string, actor: string): Promise<VoucherJobStatus> {
  const b = await requireBatch(ctx.db, batchId)
  if (b.status !== 'paid') throw new AppError('POLICY_VIOLATION', `批次 ${b.batch_no} 尚未发放：补贴发放凭证在登记发放后开具`)
  const m = jobsOf(ctx)
  for (const j of m.values()) if (j.batchId === batchId && j.state === 'running') return strip(j)
  const job: Job = { jobId: ctx.newId(), batchId, state: 'running', done: 0, total: 0, voucherDocIds: [], error: null, tookMs: 0, startedAt: performance.now() }
  m.set(job.jobId, job)
  while (m.size > 20) m.delete(m.keys().next().value!)
  void issueBatchVouchers(ctx, batchId, actor, (done, total) => {
    job.done = done
    job.total = total
  })
    .then((ids) => {
      job.voucherDocIds = ids
      job.state = 'done'
    })
    .catch((err: unknown) => {
      job.state = 'failed'
      job.error = err instanceof AppError ? err.message : '开具凭证时出错，已开具的凭证保留；请重试以继续开具其余凭证'
    })
    .finally(() => {
      job.tookMs = performance.now() - job.startedAt
    })
  return strip(job)
}

function strip(j: Job): VoucherJobStatus {
  const { startedAt: _s, ...rest } = j
  return { ...rest, voucherDocIds: [...rest.voucherDocIds], tookMs: j.state === 'running' ? performance.now() - j.startedAt : j.tookMs }
}

/** How many voucher runs are still going (the job process does not retire while one is). */
export function runningVoucherJobs(ctx: ServiceContext): number {
  return [...jobsOf(ctx).values()].filter((j) => j.state === 'running').length
}

export function voucherJobStatus(ctx: ServiceContext, jobId: string): VoucherJobStatus {
  const j = jobsOf(ctx).get(jobId)
  if (!j) throw new AppError('NOT_FOUND', '找不到该开具任务（任务只保留在本次运行中）')
  return strip(j)
}

// ---------------------------------------------------------------------------------------
// 汇总表 (PDF) and Excel

/** subsidy-batch:payment-list — the batch's 补贴发放汇总表 as a numbered PDF (issued once). */
export async function issuePaymentList(ctx: ServiceContext, batchId: string, actor: string): Promise<{ documentId: string; docNumber: string; reused: boolean }> {
  const b = await requireBatch(ctx.db, batchId)
  if (b.payment_list_doc_id) {
    const d = await ctx.db.selectFrom('issued_document').select(['id', 'doc_number']).where('id', '=', b.payment_list_doc_id).executeTakeFirstOrThrow()
    return { documentId: d.id, docNumber: d.doc_number, reused: true }
  }
  if (b.status === 'draft') throw new AppError('POLICY_VIOLATION', `批次 ${b.batch_no} 尚未经负责人审批，不能打印汇总表`)
  const center = await requireCenterSettings(ctx)
  const rows = await batchRows(ctx.db, batchId)
  const vm: PaymentListVm = {
    kind: 'payment-list',
    center: { name: center.centerName, address: center.address, phone: center.phone, docPrefix: center.docPrefix },
    docNumber: '（待编号）',
    issuedOn: today(ctx.clock),
    basis: [],
    period: b.period,
    batchNo: b.batch_no,
    rows: rows.map((r) => ({
      caseNo: r.caseNumber ?? `值班 ${r.dutyPeriod}`,
      lawyer: r.lawyerName,
      firm: r.firmName ?? '',
      caseKind: r.subsidyKindLabel,
      recipientName: '',
      amountFen: asFen(r.amountFen),
      note: [r.voucherNumber, r.note].filter(Boolean).join('；'),
    })),
    totalFen: sumFen(rows.map((r) => asFen(r.amountFen))),
    signatures: { preparedBy: actor, ...(b.approved_by ? { director: b.approved_by } : {}), ...(b.paid_by ? { finance: b.paid_by } : {}) },
  }
  if (vm.totalFen !== b.total_fen) throw new Error(`汇总表合计 ${vm.totalFen} 与批次合计 ${b.total_fen} 不一致`)
  const ref = await issueFromViewModel(ctx, {
    type: 'payment-list',
    caseId: null,
    docPrefix: center.docPrefix,
    vm,
    actor,
    link: async (trx, docId) => {
      const r = await trx.updateTable('subsidy_batch').set({ payment_list_doc_id: docId }).where('id', '=', b.id).where('payment_list_doc_id', 'is', null).executeTakeFirst()
      if (Number(r.numUpdatedRows) !== 1) throw new AppError('CONFLICT', '该批次的汇总表已开具')
    },
  })
  return { documentId: ref.id, docNumber: ref.docNumber, reused: false }
}

export const PAYMENT_LIST_HEADERS = ['序号', '案件编号', '律师', '律师事务所', '补贴类别', '质量等级', '款项', '金额（元）', '凭证号', '备注'] as const

/** Writes a sheet with Chinese headers, amounts in yuan (2 decimals, from integer fen) and a total row. */
export function addMoneySheet(wb: ExcelJS.Workbook, name: string, title: string, headers: readonly string[], rows: readonly (string | number | null)[][], amountCol: number, totalFen: number): void {
  const ws = wb.addWorksheet(name)
  ws.addRow([title]).font = { bold: true, size: 14 }
  ws.mergeCells(1, 1, 1, headers.length)
  const head = ws.addRow([...headers])
  head.font = { bold: true }
  head.eachCell((c) => {
    c.border = { bottom: { style: 'thin' } }
  })
  for (const r of rows) ws.addRow(r)
  const total: (string | number | null)[] = headers.map(() => null)
  total[0] = '合计'
  total[amountCol] = totalFen / 100
  const tr = ws.addRow(total)
  tr.font = { bold: true }
  ws.getColumn(amountCol + 1).numFmt = '#,##0.00'
  headers.forEach((h, i) => {
    ws.getColumn(i + 1).width = Math.max(8, Math.min(40, h.length * 2 + 6))
  })
}

/** subsidy-batch:export-excel — the batch's payment list (补贴发放汇总表) as .xlsx. */
export async function exportBatchExcel(ctx: ServiceContext, batchId: string, filePath?: string): Promise<ExcelFile> {
  const b = await requireBatch(ctx.db, batchId)
  const center = await requireCenterSettings(ctx)
  const rows = await batchRows(ctx.db, batchId)
  const wb = await newWorkbook()
  wb.creator = center.centerName
  addMoneySheet(
    wb,
    '补贴发放汇总表',
    `${center.centerName} ${b.period} 法律援助补贴发放汇总表（批次 ${b.batch_no}，${labelIn(BATCH_STATUSES, b.status)}${b.paid_on ? `，发放日期 ${b.paid_on}` : ''}）`,
    PAYMENT_LIST_HEADERS,
    rows.map((r, i) => [i + 1, r.caseNumber ?? `值班 ${r.dutyPeriod}`, r.lawyerName, r.firmName ?? '', r.subsidyKindLabel, r.qualityGradeLabel ?? '', r.kindLabel, r.amountFen / 100, r.voucherNumber ?? '', r.note]),
    7,
    b.total_fen,
  )
  const buffer = Buffer.from(await wb.xlsx.writeBuffer())
  if (filePath) await writeFile(filePath, buffer)
  return { fileName: `${b.period}补贴发放汇总表（${b.batch_no}）.xlsx`, filePath: filePath ?? null, rows: rows.length, totalFen: b.total_fen, contentBase64: buffer.toString('base64') }
}
