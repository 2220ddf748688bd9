/**
 * Case subsidies (办案补贴): computed by the policy engine from the case kind, the stages
 * covered, the current quality grade and the director-approved extras; approved by the director
 * (which puts an 'original' entry in the ledger); paid in a monthly batch (batch-service.ts).
 * A paid entry never changes: a correction adds a reversal and a replacement that refer to it.
 */
import type { Kysely, Selectable } from 'kysely'
import type { z } from 'zod'
import { today, type LocalDate } from '../../../shared/domain/dates'
import { asFen } from '../../../shared/domain/money'
import { AppError } from '../../../shared/ipc/result'
import type { SubsidyClaimDto, SubsidyEntryDto, SubsidyExtraDto, SubsidyState } from '../../../shared/subsidy/dto'
import { CLAIM_STATUSES, ENTRY_KINDS, ENTRY_STATUSES, EXTRA_REASON_LABELS, QUALITY_GRADE_LABELS, SUBSIDY_KIND_LABELS, labelIn } from '../../../shared/handling/labels'
import { computeSubsidy, type PolicyError, type SubsidyResult } from '../../../shared/policy'
import type { ExtraReason, QualityGrade, RegionCode, SubsidyKind } from '../../../shared/policy/types'
import type { ComputeInput, CorrectInput, ExtraDecideInput, ExtraRequestInput } from '../../../shared/subsidy/schema'
import { appendAudit } from '../db/audit-repo'
import type { DB, SubsidyClaimTable } from '../db/schema'
import { writeTx } from '../db/tx'
import type { ServiceContext } from '../context'
import { loadCenterPolicySettings } from '../policy-settings/policy-settings-service'
import { caseLawyer, loadCase, type CaseLawyer, type CaseRecord } from '../cases/case-record'
import { notFuture } from '../lib/service-checks'
import { currentReview } from '../quality/quality-service'

type In<S extends z.ZodType> = z.output<S>
type ClaimRow = Selectable<DB['subsidy_claim']>
type EntryRow = Selectable<DB['subsidy_entry']>


export function engineError(e: PolicyError): AppError {
  if (e.code === 'NOT_CONFIGURED' || e.code === 'NO_PROFILE') return new AppError('NOT_CONFIGURED', e.message, e.setting ? { setting: e.setting } : undefined)
  return new AppError('VALIDATION', e.message, e.path ? { issues: [{ path: e.path, message: e.message }] } : undefined)
}

export function suggestedKindOf(caseType: string): SubsidyKind | null {
  return caseType === 'criminal' || caseType === 'civil' || caseType === 'administrative' ? caseType : null
}

/**
 * The date the subsidy standard is taken on (the engine's `decidedOn`): the decision to grant
 * aid; for notification cases and accept-first cases without a decision, the assignment date.
 */
export async function standardDateOf(db: Kysely<DB>, row: Pick<CaseRecord, 'id' | 'received_on'>): Promise<LocalDate> {
  const review = await db.selectFrom('case_review').select(['decision', 'decided_on']).where('case_id', '=', row.id).executeTakeFirst()
  if (review?.decision === 'grant' && review.decided_on) return review.decided_on
  const assign = await db.selectFrom('case_transition').select('on_date').where('case_id', '=', row.id).where('action', '=', 'assign').orderBy('seq').executeTakeFirst()
  return (assign?.on_date ?? row.received_on)
}

export interface CaseComputation {
  region: RegionCode
  kind: SubsidyKind
  standardOn: LocalDate
  grade: QualityGrade
  reviewId: string
  lawyer: CaseLawyer
  stagesCovered: number | null
  stagesTotal: number | null
  extras: { id: string; reason: ExtraReason; amountFen: number; note: string; approvedBy: string | null; approvedOn: string | null }[]
  result: SubsidyResult
}

/** Runs the engine for a case with the center's settings, the current grade and the extras. */
export async function computeForCase(db: Kysely<DB>, row: CaseRecord, kind: SubsidyKind, stagesCovered: number | null, stagesTotal: number | null): Promise<CaseComputation> {
  if (!['closed', 'archived'].includes(row.status)) throw new AppError('CONFLICT', '案件尚未结案：补贴在结案并完成质量评查后核算')
  const review = await currentReview(db, row.id)
  if (!review) throw new AppError('POLICY_VIOLATION', '尚未完成质量评查：补贴按质量等级核算，请先在「质量评查」中评分')
  const lawyer = await caseLawyer(db, row.id)
  if (!lawyer) throw new AppError('POLICY_VIOLATION', '本案没有承办律师的指派记录，无法核算补贴')
  const standardOn = await standardDateOf(db, row)
  const extraRows = await db.selectFrom('subsidy_extra').selectAll().where('case_id', '=', row.id).where('decision', '<>', 'refused').orderBy('requested_at_ms').execute()
  const extras = extraRows.map((e) => ({
    id: e.id,
    reason: e.reason as ExtraReason,
    amountFen: e.amount_fen,
    note: e.note,
    approvedBy: e.decision === 'approved' ? e.decided_by : null,
    approvedOn: e.decision === 'approved' ? e.decided_on : null,
  }))
  const settings = await loadCenterPolicySettings(db)
  const r = computeSubsidy(
    {
      region: row.region,
      kind,
      decidedOn: standardOn,
      qualityGrade: review.grade as QualityGrade,
      ...(stagesCovered !== null ? { stagesCovered } : {}),
      ...(stagesTotal !== null ? { stagesTotal } : {}),
      extras: extras.map((e) => ({ reason: e.reason, amountFen: asFen(e.amountFen), approvedBy: e.approvedBy })),
    },
    settings,
  )
  if (!r.ok) throw engineError(r.error)
  return { region: row.region, kind, standardOn, grade: review.grade as QualityGrade, reviewId: review.id, lawyer, stagesCovered, stagesTotal, extras, result: r.value }
}

function claimValuesOf(c: CaseComputation): Omit<SubsidyClaimTable, 'id' | 'source' | 'case_id' | 'duty_period' | 'status' | 'computed_by' | 'computed_at_ms' | 'approved_by' | 'approved_at_ms'> {
  return {
    lawyer_id: c.lawyer.id,
    lawyer_name: c.lawyer.name,
    firm_id: c.lawyer.firmId,
    firm_name: c.lawyer.firmName,
    region: c.region,
    kind: c.kind,
    standard_on: c.standardOn,
    quality_grade: c.grade,
    quality_review_id: c.reviewId,
    stages_covered: c.stagesCovered,
    stages_total: c.stagesTotal,
    duty_days: null,
    detail_json: JSON.stringify({ extras: c.extras }),
    engine_result_json: JSON.stringify(c.result),
    base_fen: c.result.baseFen,
    extras_fen: c.result.extrasFen,
    total_fen: c.result.totalFen,
    pending_extras: c.extras.filter((e) => e.approvedBy === null).length,
  }
}

// ---------------------------------------------------------------------------------------
// Reads

async function entryDtos(db: Kysely<DB>, claimIds: readonly string[]): Promise<Map<string, SubsidyEntryDto[]>> {
  const out = new Map<string, SubsidyEntryDto[]>()
  if (claimIds.length === 0) return out
  const rows = await db
    .selectFrom('subsidy_entry as e')
    .leftJoin('subsidy_batch as b', 'b.id', 'e.batch_id')
    .leftJoin('issued_document as d', 'd.id', 'e.voucher_doc_id')
    .selectAll('e')
    .select(['b.batch_no', 'd.doc_number'])
    .where('e.claim_id', 'in', [...claimIds])
    .orderBy('e.seq')
    .execute()
  for (const r of rows) {
    const list = out.get(r.claim_id) ?? []
    list.push({
      id: r.id,
      seq: r.seq,
      claimId: r.claim_id,
      kind: r.kind,
      kindLabel: labelIn(ENTRY_KINDS, r.kind),
      amountFen: r.amount_fen,
      refersTo: r.refers_to,
      reason: r.reason ?? r.cancel_reason,
      status: r.status,
      statusLabel: labelIn(ENTRY_STATUSES, r.status),
      approvedBy: r.approved_by,
      approvedOn: r.approved_on,
      batchId: r.batch_id,
      batchNo: r.batch_no,
      paidOn: r.paid_on,
      paidBy: r.paid_by,
      voucherDocId: r.voucher_doc_id,
      voucherNumber: r.doc_number,
    })
    out.set(r.claim_id, list)
  }
  return out
}

export async function claimDtos(db: Kysely<DB>, claims: readonly ClaimRow[]): Promise<SubsidyClaimDto[]> {
  const entries = await entryDtos(
    db,
    claims.map((c) => c.id),
  )
  const caseIds = [...new Set(claims.map((c) => c.case_id).filter((x): x is string => x !== null))]
  const numbers = caseIds.length ? await db.selectFrom('legal_case').select(['id', 'case_number']).where('id', 'in', caseIds).execute() : []
  const numberOf = new Map(numbers.map((n) => [n.id, n.case_number]))
  return claims.map((c) => {
    const result = JSON.parse(c.engine_result_json) as Partial<SubsidyResult>
    const list = entries.get(c.id) ?? []
    return {
      id: c.id,
      source: c.source as 'case' | 'duty',
      caseId: c.case_id,
      caseNumber: c.case_id ? (numberOf.get(c.case_id) ?? null) : null,
      dutyPeriod: c.duty_period,
      lawyerId: c.lawyer_id,
      lawyerName: c.lawyer_name,
      firmName: c.firm_name,
      kind: c.kind,
      kindLabel: labelIn(SUBSIDY_KIND_LABELS, c.kind),
      standardOn: c.standard_on,
      qualityGrade: c.quality_grade,
      qualityGradeLabel: c.quality_grade ? labelIn(QUALITY_GRADE_LABELS, c.quality_grade) : null,
      stagesCovered: c.stages_covered,
      stagesTotal: c.stages_total,
      dutyDays: c.duty_days,
      baseFen: c.base_fen,
      extrasFen: c.extras_fen,
      totalFen: c.total_fen,
      pendingExtras: c.pending_extras,
      status: c.status,
      statusLabel: labelIn(CLAIM_STATUSES, c.status),
      steps: result.steps ?? [],
      warnings: result.warnings ?? [],
      profileName: result.profileName ?? null,
      basis: (result.basis ?? []).map((b) => ({ doc: b.doc, clause: b.clause, ...(b.unverified ? { unverified: true } : {}) })),
      computedBy: c.computed_by,
      approvedBy: c.approved_by,
      approvedAtMs: c.approved_at_ms,
      paidFen: list.filter((e) => e.status === 'paid').reduce((s, e) => s + e.amountFen, 0),
      entries: list,
    }
  })
}

function extraDto(e: Selectable<DB['subsidy_extra']>): SubsidyExtraDto {
  return {
    id: e.id,
    caseId: e.case_id,
    reason: e.reason,
    reasonLabel: labelIn(EXTRA_REASON_LABELS, e.reason),
    amountFen: e.amount_fen,
    note: e.note,
    requestedOn: e.requested_on,
    requestedBy: e.requested_by,
    decision: e.decision as SubsidyExtraDto['decision'],
    decidedBy: e.decided_by,
    decidedOn: e.decided_on,
    decidedAtMs: e.decided_at_ms,
    decisionNote: e.decision_note,
  }
}

/** subsidy:get — the case's extras, claims and ledger entries. */
export async function subsidyState(ctx: ServiceContext, caseId: string): Promise<SubsidyState> {
  const row = await loadCase(ctx.db, caseId)
  const lawyer = await caseLawyer(ctx.db, caseId)
  const review = await currentReview(ctx.db, caseId)
  const extras = await ctx.db.selectFrom('subsidy_extra').selectAll().where('case_id', '=', caseId).orderBy('requested_at_ms').execute()
  const claims = await ctx.db.selectFrom('subsidy_claim').selectAll().where('case_id', '=', caseId).orderBy('computed_at_ms').execute()
  return {
    caseId,
    caseNumber: row.case_number,
    status: row.status,
    lawyer: lawyer ? { id: lawyer.id, name: lawyer.name, firmName: lawyer.firmName } : null,
    qualityGrade: review?.grade ?? null,
    suggestedKind: suggestedKindOf(row.case_type),
    extras: extras.map(extraDto),
    claims: await claimDtos(ctx.db, claims),
  }
}

// ---------------------------------------------------------------------------------------
// Extras

/** subsidy:extra-request — 异地取证 / 疑难复杂, pending the director's approval. */
export async function requestExtra(ctx: ServiceContext, input: In<typeof ExtraRequestInput>, actor: string): Promise<SubsidyState> {
  const atMs = ctx.clock.now()
  const on = (input.requestedOn ?? today(ctx.clock))
  await writeTx(ctx.db, async (trx) => {
    const row = await loadCase(trx, input.caseId)
    if (!['assigned', 'handling', 'closed', 'archived'].includes(row.status)) throw new AppError('CONFLICT', '只有已指派的案件可以申请增加补贴')
    notFuture(ctx, on, 'requestedOn', '申请日期')
    const paid = await trx
      .selectFrom('subsidy_claim')
      .select('id')
      .where('case_id', '=', row.id)
      .where('status', '=', 'paid')
      .executeTakeFirst()
    const values = {
      id: ctx.newId(),
      case_id: row.id,
      reason: input.reason,
      amount_fen: input.amountFen,
      note: input.note,
      requested_on: on,
      requested_by: actor,
      requested_at_ms: atMs,
      decision: 'pending',
      decided_by: null,
      decided_on: null,
      decided_at_ms: null,
      decision_note: null,
    }
    await trx.insertInto('subsidy_extra').values(values).execute()
    await appendAudit(trx, { atMs, actor, action: 'subsidy.extra-request', entity: 'legal_case', entityId: row.id, after: { ...values, afterPayment: Boolean(paid) } })
  })
  return subsidyState(ctx, input.caseId)
}

/**
 * subsidy:extra-decide — the director approves or refuses (who and when are recorded). A claim
 * not yet approved is recomputed at once, so the approved extra is counted.
 */
export async function decideExtra(ctx: ServiceContext, input: In<typeof ExtraDecideInput>, actor: string): Promise<SubsidyState> {
  const atMs = ctx.clock.now()
  const on = today(ctx.clock)
  const caseId = await writeTx(ctx.db, async (trx) => {
    const e = await trx.selectFrom('subsidy_extra').selectAll().where('id', '=', input.extraId).executeTakeFirst()
    if (!e) throw new AppError('NOT_FOUND', '找不到该增加补贴申请')
    if (e.decision !== 'pending') throw new AppError('CONFLICT', `该申请已由 ${e.decided_by} 于 ${e.decided_on} ${e.decision === 'approved' ? '核准' : '不予核准'}，不能再改`)
    const after = { decision: input.decision, decided_by: actor, decided_on: on, decided_at_ms: atMs, decision_note: input.note ?? null }
    await trx.updateTable('subsidy_extra').set(after).where('id', '=', e.id).execute()
    await appendAudit(trx, { atMs, actor, action: 'subsidy.extra-decide', entity: 'legal_case', entityId: e.case_id, before: { decision: 'pending' }, after: { extraId: e.id, ...after } })
    const claim = await trx.selectFrom('subsidy_claim').selectAll().where('case_id', '=', e.case_id).where('status', '=', 'computed').executeTakeFirst()
    if (claim) {
      try {
        await recomputeClaim(ctx, trx, claim, actor, atMs, claim.kind as SubsidyKind, claim.stages_covered, claim.stages_total)
      } catch (err) {
        // The decision stands; the claim stays as computed and approval will ask for a recompute.
        if (!(err instanceof AppError)) throw err
      }
    }
    return e.case_id
  })
  return subsidyState(ctx, caseId)
}

// ---------------------------------------------------------------------------------------
// Compute, approve, correct

async function recomputeClaim(ctx: ServiceContext, trx: Kysely<DB>, claim: ClaimRow, actor: string, atMs: number, kind: SubsidyKind, covered: number | null, total: number | null): Promise<CaseComputation> {
  const row = await loadCase(trx, claim.case_id!)
  const c = await computeForCase(trx, row, kind, covered, total)
  const after = { ...claimValuesOf(c), status: 'computed', computed_by: actor, computed_at_ms: atMs, approved_by: null, approved_at_ms: null }
  await trx.updateTable('subsidy_claim').set(after).where('id', '=', claim.id).execute()
  await appendAudit(trx, { atMs, actor, action: 'subsidy.compute', entity: 'subsidy_claim', entityId: claim.id, before: { total_fen: claim.total_fen, status: claim.status }, after: { total_fen: after.total_fen, status: 'computed', pending_extras: after.pending_extras } })
  return c
}

/**
 * subsidy:compute — computes (or recomputes) the case's claim for its lawyer. An approved but
 * unpaid, unbatched entry is cancelled (kept, with the reason) and the claim needs approval
 * again; a batched or paid claim cannot be recomputed (use the batch, or a correction).
 */
export async function computeClaim(ctx: ServiceContext, input: In<typeof ComputeInput>, actor: string): Promise<SubsidyState> {
  const atMs = ctx.clock.now()
  await writeTx(ctx.db, async (trx) => {
    const row = await loadCase(trx, input.caseId)
    const c = await computeForCase(trx, row, input.kind, input.stagesCovered ?? null, input.stagesTotal ?? null)
    const existing = await trx.selectFrom('subsidy_claim').selectAll().where('case_id', '=', row.id).where('lawyer_id', '=', c.lawyer.id).where('source', '=', 'case').executeTakeFirst()
    if (existing) {
      if (existing.status === 'paid') throw new AppError('CONFLICT', '本案补贴已发放，金额不能直接修改；如需调整，请办理「更正」（冲销原发放额并记录新金额）')
      const live = await trx.selectFrom('subsidy_entry').selectAll().where('claim_id', '=', existing.id).where('status', '=', 'approved').execute()
      for (const e of live) {
        if (e.batch_id) {
          const b = await trx.selectFrom('subsidy_batch').select('batch_no').where('id', '=', e.batch_id).executeTakeFirstOrThrow()
          throw new AppError('CONFLICT', `本案补贴已列入发放批次 ${b.batch_no}，不能重新核算；请在该批次发放后办理更正`)
        }
        await trx.updateTable('subsidy_entry').set({ status: 'cancelled', cancelled_by: actor, cancelled_at_ms: atMs, cancel_reason: '重新核算，原审批金额撤销' }).where('id', '=', e.id).execute()
        await appendAudit(trx, { atMs, actor, action: 'subsidy.entry-cancel', entity: 'subsidy_entry', entityId: e.id, before: { status: 'approved', amount_fen: e.amount_fen }, after: { status: 'cancelled' } })
      }
      await recomputeClaim(ctx, trx, existing, actor, atMs, input.kind, input.stagesCovered ?? null, input.stagesTotal ?? null)
      return
    }
    const values: SubsidyClaimTable = {
      id: ctx.newId(),
      source: 'case',
      case_id: row.id,
      duty_period: null,
      ...claimValuesOf(c),
      status: 'computed',
      computed_by: actor,
      computed_at_ms: atMs,
      approved_by: null,
      approved_at_ms: null,
    }
    await trx.insertInto('subsidy_claim').values(values).execute()
    await appendAudit(trx, { atMs, actor, action: 'subsidy.compute', entity: 'subsidy_claim', entityId: values.id, after: { case_id: row.id, total_fen: values.total_fen, pending_extras: values.pending_extras } })
  })
  return subsidyState(ctx, input.caseId)
}

/** Re-runs the engine for a case claim and refuses approval if the stored figure is stale. */
async function assertFresh(trx: Kysely<DB>, claim: ClaimRow): Promise<CaseComputation | null> {
  if (claim.source !== 'case') return null
  const row = await loadCase(trx, claim.case_id!)
  const c = await computeForCase(trx, row, claim.kind as SubsidyKind, claim.stages_covered, claim.stages_total)
  if (c.result.totalFen !== claim.total_fen || c.reviewId !== claim.quality_review_id || c.lawyer.id !== claim.lawyer_id) {
    throw new AppError('CONFLICT', `核算后情况有变化（质量评查、增加补贴或中心设置），重新计算为 ${c.result.totalFen} 分，与核算结果 ${claim.total_fen} 分不一致：请先重新核算`)
  }
  return c
}

/** subsidy:approve — the director approves the computed amount: an 'original' ledger entry. */
export async function approveClaim(ctx: ServiceContext, claimId: string, actor: string): Promise<SubsidyClaimDto> {
  const atMs = ctx.clock.now()
  await writeTx(ctx.db, async (trx) => {
    const claim = await trx.selectFrom('subsidy_claim').selectAll().where('id', '=', claimId).executeTakeFirst()
    if (!claim) throw new AppError('NOT_FOUND', '找不到该补贴核算记录')
    if (claim.status !== 'computed') throw new AppError('CONFLICT', claim.status === 'paid' ? '该补贴已发放' : '该补贴已审批，等待列入发放批次')
    if (claim.pending_extras > 0) {
      throw new AppError('POLICY_VIOLATION', `有 ${claim.pending_extras} 项增加补贴（异地取证、疑难复杂）尚待负责人核准：请先核准或不予核准，再审批补贴`)
    }
    if (claim.total_fen === 0) throw new AppError('POLICY_VIOLATION', '核算金额为 0（质量评查不合格，按中心设置不予发放），无需审批发放')
    await assertFresh(trx, claim)
    const entry = {
      id: ctx.newId(),
      claim_id: claim.id,
      lawyer_id: claim.lawyer_id,
      kind: 'original',
      amount_fen: claim.total_fen,
      refers_to: null,
      reason: null,
      engine_result_json: claim.engine_result_json,
      status: 'approved',
      approved_by: actor,
      approved_on: today(ctx.clock),
      approved_at_ms: atMs,
      batch_id: null,
      paid_on: null,
      paid_by: null,
      paid_at_ms: null,
      voucher_doc_id: null,
      cancelled_by: null,
      cancelled_at_ms: null,
      cancel_reason: null,
    }
    await trx.insertInto('subsidy_entry').values(entry).execute()
    await trx.updateTable('subsidy_claim').set({ status: 'approved', approved_by: actor, approved_at_ms: atMs }).where('id', '=', claim.id).execute()
    await appendAudit(trx, { atMs, actor, action: 'subsidy.approve', entity: 'subsidy_claim', entityId: claim.id, before: { status: 'computed' }, after: { status: 'approved', entryId: entry.id, amount_fen: entry.amount_fen } })
  })
  const claim = await ctx.db.selectFrom('subsidy_claim').selectAll().where('id', '=', claimId).executeTakeFirstOrThrow()
  return (await claimDtos(ctx.db, [claim]))[0]!
}

/** The paid entry that currently stands for a claim (paid, not a reversal, not reversed). */
export async function liveEntry(db: Kysely<DB>, claimId: string): Promise<EntryRow | undefined> {
  const rows = await db.selectFrom('subsidy_entry').selectAll().where('claim_id', '=', claimId).where('status', '<>', 'cancelled').orderBy('seq').execute()
  const reversed = new Set(rows.filter((r) => r.kind === 'reversal').map((r) => r.refers_to))
  return rows.filter((r) => r.status === 'paid' && r.kind !== 'reversal' && !reversed.has(r.id)).pop()
}

export type Recompute = (trx: Kysely<DB>, claim: ClaimRow) => Promise<{ totalFen: number; values: Partial<SubsidyClaimTable>; engineJson: string }>

/**
 * subsidy:correct — after payment: recomputes with the engine and, if the amount differs,
 * records a reversal of the paid entry and the new amount, both referring to it. The paid entry
 * is not touched; both new entries are paid in the next batch (net = the difference).
 */
export async function correctClaim(ctx: ServiceContext, input: In<typeof CorrectInput>, actor: string, recomputeDuty: Recompute): Promise<SubsidyClaimDto> {
  const atMs = ctx.clock.now()
  const on = today(ctx.clock)
  await writeTx(ctx.db, async (trx) => {
    const claim = await trx.selectFrom('subsidy_claim').selectAll().where('id', '=', input.claimId).executeTakeFirst()
    if (!claim) throw new AppError('NOT_FOUND', '找不到该补贴核算记录')
    const pending = await trx.selectFrom('subsidy_entry').select('id').where('claim_id', '=', claim.id).where('status', '=', 'approved').executeTakeFirst()
    if (pending) throw new AppError('CONFLICT', '该补贴有已审批尚未发放的款项（或尚未发放的更正）：请待其发放后再更正，或在发放前重新核算')
    const live = await liveEntry(trx, claim.id)
    if (!live) throw new AppError('CONFLICT', '该补贴尚未发放，不需要更正：未发放的补贴请直接重新核算')
    let totalFen: number
    let values: Partial<SubsidyClaimTable>
    let engineJson: string
    if (claim.source === 'case') {
      const row = await loadCase(trx, claim.case_id!)
      const kind = (input.kind ?? claim.kind) as SubsidyKind
      if (kind === 'duty-lawyer') throw new AppError('VALIDATION', '办案补贴不能改为值班律师补贴', { issues: [{ path: ['kind'], message: '补贴类别无效' }] })
      const c = await computeForCase(trx, row, kind, input.stagesCovered ?? claim.stages_covered, input.stagesTotal ?? claim.stages_total)
      if (c.lawyer.id !== claim.lawyer_id) throw new AppError('CONFLICT', '本案承办律师已变化，请为新的承办律师另行核算')
      if (c.extras.some((e) => e.approvedBy === null)) throw new AppError('POLICY_VIOLATION', '有增加补贴尚待负责人核准：请先核准或不予核准，再更正')
      totalFen = c.result.totalFen
      values = claimValuesOf(c)
      engineJson = JSON.stringify(c.result)
    } else {
      ;({ totalFen, values, engineJson } = await recomputeDuty(trx, claim))
    }
    if (totalFen === live.amount_fen) throw new AppError('CONFLICT', `重新核算的金额（${totalFen} 分）与已发放金额相同，无需更正`)
    const base = { claim_id: claim.id, lawyer_id: claim.lawyer_id, refers_to: live.id, reason: input.reason, status: 'approved', approved_by: actor, approved_on: on, approved_at_ms: atMs, batch_id: null, paid_on: null, paid_by: null, paid_at_ms: null, voucher_doc_id: null, cancelled_by: null, cancelled_at_ms: null, cancel_reason: null }
    const reversal = { ...base, id: ctx.newId(), kind: 'reversal', amount_fen: -live.amount_fen, engine_result_json: null }
    const replacement = { ...base, id: ctx.newId(), kind: 'replacement', amount_fen: totalFen, engine_result_json: engineJson }
    await trx.insertInto('subsidy_entry').values(reversal).execute()
    await trx.insertInto('subsidy_entry').values(replacement).execute()
    await trx.updateTable('subsidy_claim').set({ ...values, status: 'approved', computed_by: actor, computed_at_ms: atMs, approved_by: actor, approved_at_ms: atMs }).where('id', '=', claim.id).execute()
    await appendAudit(trx, {
      atMs,
      actor,
      action: 'subsidy.correct',
      entity: 'subsidy_claim',
      entityId: claim.id,
      before: { liveEntry: live.id, amount_fen: live.amount_fen },
      after: { reversal: reversal.id, replacement: replacement.id, amount_fen: totalFen, reason: input.reason },
    })
  })
  const claim = await ctx.db.selectFrom('subsidy_claim').selectAll().where('id', '=', input.claimId).executeTakeFirstOrThrow()
  return (await claimDtos(ctx.db, [claim]))[0]!
}

/** subsidy:claims — for the batch page: claims awaiting approval, approved, or paid. */
export async function listClaims(ctx: ServiceContext, input: { status?: 'computed' | 'approved' | 'paid' | undefined; unbatchedOnly?: boolean | undefined; limit: number }): Promise<SubsidyClaimDto[]> {
  let q = ctx.db.selectFrom('subsidy_claim').selectAll()
  if (input.status) q = q.where('status', '=', input.status)
  if (input.unbatchedOnly) {
    q = q.where((eb) => eb.exists(eb.selectFrom('subsidy_entry as e').select('e.id').whereRef('e.claim_id', '=', 'subsidy_claim.id').where('e.status', '=', 'approved').where('e.batch_id', 'is', null)))
  }
  const rows = await q.orderBy('computed_at_ms', 'desc').limit(input.limit).execute()
  return claimDtos(ctx.db, rows)
}

