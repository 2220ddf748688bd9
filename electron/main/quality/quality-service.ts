/**
 * Quality (质量评查), follow-up visits (回访) and complaints (投诉). The grade of the current
 * review is what the subsidy engine reads (差别案件补贴).
 */
import type { Kysely, Selectable } from 'kysely'
import type { z } from 'zod'
import { today, type LocalDate } from '../../../shared/domain/dates'
import { AppError } from '../../../shared/ipc/result'
import type { ComplaintDto, FollowUpDto, QualityReviewDto, QualityState } from '../../../shared/quality/dto'
import {
  COMPLAINANT_ROLES,
  COMPLAINT_CHANNELS,
  COMPLAINT_OUTCOMES,
  COMPLAINT_STATUSES,
  FOLLOW_UP_CHANNELS,
  QUALITY_GRADE_LABELS,
  SATISFACTION_LEVELS,
  labelIn,
} from '../../../shared/handling/labels'
import { DEFAULT_RUBRIC, checkRubric, scoreReview, type GradeThresholds, type Rubric, type RubricItem, type ScoredReview } from '../../../shared/quality/quality'
import type { ComplaintAddInput, ComplaintListInput, ComplaintUpdateOut, FollowUpInput, QualityReviewInput, RubricSaveInput } from '../../../shared/handling/schema'
import { appendAudit } from '../db/audit-repo'
import type { DB } from '../db/schema'
import { writeTx } from '../db/tx'
import type { ServiceContext } from '../context'
import { caseLawyer, loadCase } from '../cases/case-record'
import { notBefore, notFuture } from '../lib/service-checks'

type In<S extends z.ZodType> = z.output<S>

/** The rubric in force on a date: the latest configured version, else the default (marked). */
export async function rubricOn(db: Kysely<DB>, on: LocalDate): Promise<Rubric> {
  const row = await db
    .selectFrom('quality_rubric')
    .selectAll()
    .where('superseded_at_ms', 'is', null)
    .where('effective_from', '<=', on)
    .orderBy('effective_from', 'desc')
    .executeTakeFirst()
  if (!row) return DEFAULT_RUBRIC
  return {
    id: row.id,
    items: JSON.parse(row.items_json) as RubricItem[],
    thresholds: JSON.parse(row.thresholds_json) as GradeThresholds,
    isDefault: false,
    source: row.source,
    effectiveFrom: row.effective_from,
  }
}

/** quality:rubric-save — a new version from its effective date (the same date replaces the old version, which is kept). */
export async function saveRubric(ctx: ServiceContext, input: In<typeof RubricSaveInput>, actor: string): Promise<Rubric> {
  const problems = checkRubric(input.items, input.thresholds)
  if (problems.length) throw new AppError('VALIDATION', problems[0]!.message, { issues: problems })
  const atMs = ctx.clock.now()
  await writeTx(ctx.db, async (trx) => {
    const same = await trx.selectFrom('quality_rubric').selectAll().where('superseded_at_ms', 'is', null).where('effective_from', '=', input.effectiveFrom).executeTakeFirst()
    if (same) await trx.updateTable('quality_rubric').set({ superseded_at_ms: atMs, superseded_by: actor }).where('id', '=', same.id).execute()
    const values = {
      id: ctx.newId(),
      items_json: JSON.stringify(input.items),
      thresholds_json: JSON.stringify(input.thresholds),
      source: input.source,
      effective_from: input.effectiveFrom,
      entered_by: actor,
      entered_at_ms: atMs,
      superseded_at_ms: null,
      superseded_by: null,
    }
    await trx.insertInto('quality_rubric').values(values).execute()
    await appendAudit(trx, { atMs, actor, action: 'quality.rubric', entity: 'quality_rubric', entityId: values.id, before: same ?? null, after: values })
  })
  return rubricOn(ctx.db, input.effectiveFrom)
}

function reviewDto(r: Selectable<DB['quality_review']>): QualityReviewDto {
  const scored = JSON.parse(r.scores_json) as ScoredReview['lines']
  const rubric = JSON.parse(r.rubric_json) as { isDefault: boolean }
  return {
    id: r.id,
    caseId: r.case_id,
    lawyerId: r.lawyer_id,
    reviewedOn: r.reviewed_on,
    reviewer: r.reviewer,
    score: r.score,
    grade: r.grade,
    gradeLabel: labelIn(QUALITY_GRADE_LABELS, r.grade),
    lines: scored,
    rubricIsDefault: rubric.isDefault,
    courtAttendance: r.court_attendance,
    judicialOpinion: r.judicial_opinion,
    peerReview: r.peer_review,
    comments: r.comments,
    current: r.superseded_at_ms === null,
    recordedAtMs: r.recorded_at_ms,
  }
}

function complaintDto(c: Selectable<DB['complaint']>, caseNumber: string, lawyerName: string | null): ComplaintDto {
  return {
    id: c.id,
    caseId: c.case_id,
    caseNumber,
    lawyerId: c.lawyer_id,
    lawyerName,
    receivedOn: c.received_on,
    channel: c.channel,
    channelLabel: labelIn(COMPLAINT_CHANNELS, c.channel),
    complainantRole: c.complainant_role,
    complainantRoleLabel: labelIn(COMPLAINANT_ROLES, c.complainant_role),
    content: c.content,
    status: c.status,
    statusLabel: labelIn(COMPLAINT_STATUSES, c.status),
    investigation: c.investigation,
    outcome: c.outcome,
    outcomeLabel: c.outcome ? labelIn(COMPLAINT_OUTCOMES, c.outcome) : null,
    outcomeNote: c.outcome_note,
    actionTaken: c.action_taken,
    concludedOn: c.concluded_on,
    reply: c.reply,
    repliedOn: c.replied_on,
    handledBy: c.handled_by,
  }
}

/** The current review of a case (the grade the subsidy uses), or null. */
export async function currentReview(db: Kysely<DB>, caseId: string): Promise<Selectable<DB['quality_review']> | undefined> {
  return db.selectFrom('quality_review').selectAll().where('case_id', '=', caseId).where('superseded_at_ms', 'is', null).executeTakeFirst()
}

/** quality:get — rubric, current and earlier reviews, follow-ups, complaints. */
export async function qualityState(ctx: ServiceContext, caseId: string): Promise<QualityState> {
  await loadCase(ctx.db, caseId)
  const reviews = await ctx.db.selectFrom('quality_review').selectAll().where('case_id', '=', caseId).orderBy('recorded_at_ms', 'desc').execute()
  const visits = await ctx.db.selectFrom('follow_up_visit').selectAll().where('case_id', '=', caseId).orderBy('visited_on', 'desc').execute()
  const complaints = await listComplaints(ctx, { caseId })
  const dtos = reviews.map(reviewDto)
  return {
    caseId,
    rubric: await rubricOn(ctx.db, today(ctx.clock)),
    current: dtos.find((d) => d.current) ?? null,
    history: dtos,
    followUps: visits.map(
      (v): FollowUpDto => ({
        id: v.id,
        visitedOn: v.visited_on,
        channel: v.channel,
        channelLabel: labelIn(FOLLOW_UP_CHANNELS, v.channel),
        satisfaction: v.satisfaction,
        satisfactionLabel: labelIn(SATISFACTION_LEVELS, v.satisfaction),
        notes: v.notes,
        visitor: v.visitor,
      }),
    ),
    complaints,
  }
}

/**
 * quality:review-save — scores against the rubric in force on the review date; the grade
 * follows from the thresholds. A second review supersedes the first (kept). The case must be
 * closed (结案) or archived: the review is of the closed case file.
 */
export async function saveQualityReview(ctx: ServiceContext, input: In<typeof QualityReviewInput>, actor: string): Promise<QualityState> {
  const atMs = ctx.clock.now()
  await writeTx(ctx.db, async (trx) => {
    const row = await loadCase(trx, input.caseId)
    if (!['closed', 'archived'].includes(row.status)) {
      throw new AppError('CONFLICT', '案件尚未结案：质量评查针对已结案的案卷，请先办理结案')
    }
    notFuture(ctx, input.reviewedOn, 'reviewedOn', '评查日期')
    const closing = await trx.selectFrom('case_closing').select('closed_on').where('case_id', '=', row.id).executeTakeFirst()
    if (closing?.closed_on) notBefore(input.reviewedOn, closing.closed_on, 'reviewedOn', '评查日期', '结案日期')
    const rubric = await rubricOn(trx, input.reviewedOn)
    const scored = scoreReview(rubric, input.scores)
    if (!scored.ok) throw new AppError('VALIDATION', scored.problems[0]!.message, { issues: scored.problems })
    const before = await currentReview(trx, row.id)
    if (before) await trx.updateTable('quality_review').set({ superseded_at_ms: atMs, superseded_by: actor }).where('id', '=', before.id).execute()
    const lawyer = await caseLawyer(trx, row.id)
    const values = {
      id: ctx.newId(),
      case_id: row.id,
      lawyer_id: lawyer?.id ?? null,
      reviewed_on: input.reviewedOn,
      reviewer: actor,
      rubric_id: rubric.id,
      rubric_json: JSON.stringify(rubric),
      scores_json: JSON.stringify(scored.value.lines),
      score: scored.value.score,
      grade: scored.value.grade,
      court_attendance: input.courtAttendance ?? null,
      judicial_opinion: input.judicialOpinion ?? null,
      peer_review: input.peerReview ?? null,
      comments: input.comments ?? null,
      recorded_at_ms: atMs,
      superseded_at_ms: null,
      superseded_by: null,
    }
    await trx.insertInto('quality_review').values(values).execute()
    await appendAudit(trx, {
      atMs,
      actor,
      action: 'quality.review',
      entity: 'legal_case',
      entityId: row.id,
      before: before ? { reviewId: before.id, score: before.score, grade: before.grade } : null,
      after: { reviewId: values.id, score: values.score, grade: values.grade, rubricIsDefault: rubric.isDefault },
    })
  })
  return qualityState(ctx, input.caseId)
}

/** followup:add — 回访. */
export async function addFollowUp(ctx: ServiceContext, input: In<typeof FollowUpInput>, actor: string): Promise<QualityState> {
  const atMs = ctx.clock.now()
  await writeTx(ctx.db, async (trx) => {
    const row = await loadCase(trx, input.caseId)
    if (!['handling', 'closed', 'archived'].includes(row.status)) throw new AppError('CONFLICT', '回访针对承办中或已结案的案件')
    notFuture(ctx, input.visitedOn, 'visitedOn', '回访日期')
    notBefore(input.visitedOn, row.received_on, 'visitedOn', '回访日期', '受理日期')
    const values = { id: ctx.newId(), case_id: row.id, visited_on: input.visitedOn, channel: input.channel, satisfaction: input.satisfaction, notes: input.notes ?? null, visitor: actor, recorded_at_ms: atMs, origin: ctx.origin }
    await trx.insertInto('follow_up_visit').values(values).execute()
    await appendAudit(trx, { atMs, actor, action: 'quality.follow-up', entity: 'legal_case', entityId: row.id, after: values })
  })
  return qualityState(ctx, input.caseId)
}

/** complaint:add — intake, linked to the case and its lawyer. */
export async function addComplaint(ctx: ServiceContext, input: In<typeof ComplaintAddInput>, actor: string): Promise<ComplaintDto> {
  const atMs = ctx.clock.now()
  const id = ctx.newId()
  await writeTx(ctx.db, async (trx) => {
    const row = await loadCase(trx, input.caseId)
    notFuture(ctx, input.receivedOn, 'receivedOn', '投诉日期')
    const lawyer = await caseLawyer(trx, row.id)
    const values = {
      id,
      case_id: row.id,
      lawyer_id: lawyer?.id ?? null,
      received_on: input.receivedOn,
      channel: input.channel,
      complainant_role: input.complainantRole,
      content: input.content,
      status: 'received',
      investigation: null,
      outcome: null,
      outcome_note: null,
      action_taken: null,
      concluded_on: null,
      reply: null,
      replied_on: null,
      handled_by: actor,
      created_by: actor,
      created_at_ms: atMs,
      updated_at_ms: atMs,
    }
    await trx.insertInto('complaint').values(values).execute()
    await appendAudit(trx, { atMs, actor, action: 'complaint.add', entity: 'complaint', entityId: id, after: values })
  })
  return (await listComplaints(ctx, { id }))[0]!
}

/** complaint:update — investigation, then the outcome, then the reply (in that order). */
export async function updateComplaint(ctx: ServiceContext, input: ComplaintUpdateOut, actor: string): Promise<ComplaintDto> {
  const atMs = ctx.clock.now()
  await writeTx(ctx.db, async (trx) => {
    const c = await trx.selectFrom('complaint').selectAll().where('id', '=', input.id).executeTakeFirst()
    if (!c) throw new AppError('NOT_FOUND', '找不到该投诉记录')
    let after: Partial<Selectable<DB['complaint']>>
    if (input.step === 'investigate') {
      if (c.status === 'concluded' || c.status === 'replied') throw new AppError('CONFLICT', '该投诉已有处理结果，不能再修改调查情况')
      after = { investigation: input.investigation, status: 'investigating' }
    } else if (input.step === 'conclude') {
      if (c.status === 'replied') throw new AppError('CONFLICT', '该投诉已答复，不能再修改处理结果')
      if (!c.investigation) throw new AppError('POLICY_VIOLATION', '请先登记调查情况，再作出处理结果')
      notFuture(ctx, input.concludedOn, 'concludedOn', '处理日期')
      notBefore(input.concludedOn, c.received_on, 'concludedOn', '处理日期', '投诉日期')
      after = { outcome: input.outcome, outcome_note: input.outcomeNote, action_taken: input.actionTaken ?? null, concluded_on: input.concludedOn, status: 'concluded' }
    } else {
      if (c.status !== 'concluded' && c.status !== 'replied') throw new AppError('POLICY_VIOLATION', '请先作出处理结果，再答复投诉人')
      notFuture(ctx, input.repliedOn, 'repliedOn', '答复日期')
      notBefore(input.repliedOn, c.concluded_on!, 'repliedOn', '答复日期', '处理日期')
      after = { reply: input.reply, replied_on: input.repliedOn, status: 'replied' }
    }
    const set = { ...after, handled_by: actor, updated_at_ms: atMs }
    await trx.updateTable('complaint').set(set).where('id', '=', c.id).execute()
    await appendAudit(trx, { atMs, actor, action: `complaint.${input.step}`, entity: 'complaint', entityId: c.id, before: c, after: set })
  })
  return (await listComplaints(ctx, { id: input.id }))[0]!
}

/** complaint:list — by case, by lawyer, or the open ones. */
export async function listComplaints(ctx: ServiceContext, filter: In<typeof ComplaintListInput> & { id?: string }): Promise<ComplaintDto[]> {
  let q = ctx.db
    .selectFrom('complaint as c')
    .innerJoin('legal_case as k', 'k.id', 'c.case_id')
    .leftJoin('lawyer as l', 'l.id', 'c.lawyer_id')
    .selectAll('c')
    .select(['k.case_number', 'l.name as lawyer_name'])
  if (filter.id) q = q.where('c.id', '=', filter.id)
  if (filter.caseId) q = q.where('c.case_id', '=', filter.caseId)
  if (filter.lawyerId) q = q.where('c.lawyer_id', '=', filter.lawyerId)
  if (filter.openOnly) q = q.where('c.status', 'in', ['received', 'investigating'])
  const rows = await q.orderBy('c.received_on', 'desc').limit(1000).execute()
  return rows.map((r) => complaintDto(r, r.case_number, r.lawyer_name))
}
