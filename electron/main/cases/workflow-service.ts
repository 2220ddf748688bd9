/**
 * Enforces the case state machine (shared/workflow/transitions.ts) on the store. Each
 * transition, in ONE write transaction: check the guards, update the case's status, record the
 * transition (case_transition), write the audit entry with before/after, apply the action's side
 * effects (decision on the review, end of the lawyer's assignment) and re-plan the case's
 * deadlines (case_deadline) from the policy engine.
 */
import { sql, type Kysely, type Selectable } from 'kysely'
import { addDays, compareDates, dayOfWeek, today, type LocalDate } from '../../../shared/domain/dates'
import type { CaseStatus } from '../../../shared/domain/enums'
import type { DeadlineBoard, DeadlineBoardItem } from '../../../shared/deadlines/dto'
import type { TransitionDto, TransitionResult, WorkflowState } from '../../../shared/cases/dto'
import { AppError } from '../../../shared/ipc/result'
import type { CenterSettings } from '../../../shared/policy/settings'
import type { TransitionInputOut } from '../../../shared/cases/schema'
import { deadlineKindLabel, outstandingPapers, planDeadlines, type HistoryEntry } from '../../../shared/deadlines/deadlines'
import { terminationCitation, terminationGround } from '../../../shared/cases/termination'
import { STEP_CHANNEL_PLACE, actionLabel, availableActions, checkTransition, statusLabel, type CaseFacts, type StepChannel, type WorkflowAction } from '../../../shared/cases/transitions'
import { roleLabel, type Role } from '../../../shared/domain/roles'
import { appendAudit } from '../db/audit-repo'
import type { DB } from '../db/schema'
import { findCase, loadCase, type CaseRecord } from './case-record'
import { writeTx } from '../db/tx'
import type { ServiceContext } from '../context'
import { loadCenterPolicySettings, owedPapersDays } from '../policy-settings/policy-settings-service'

export async function loadHistory(db: Kysely<DB>, caseId: string): Promise<(HistoryEntry & { seq: number })[]> {
  const rows = await db.selectFrom('case_transition').select(['seq', 'action', 'on_date', 'payload_json']).where('case_id', '=', caseId).orderBy('seq').execute()
  return rows.map((r) => ({ seq: r.seq, action: r.action as WorkflowAction, on: r.on_date, payload: JSON.parse(r.payload_json) as HistoryEntry['payload'] }))
}

export async function caseFacts(db: Kysely<DB>, row: CaseRecord, history: readonly HistoryEntry[]): Promise<CaseFacts> {
  const review = await db.selectFrom('case_review').select(['engine_outcome', 'engine_provisional', 'engine_result_json']).where('case_id', '=', row.id).executeTakeFirst()
  const active = await db.selectFrom('case_assignment').select('id').where('case_id', '=', row.id).where('ended_at_ms', 'is', null).executeTakeFirst()
  const outcome = review?.engine_result_json ? review.engine_outcome : null
  return {
    status: row.status,
    channel: row.channel,
    acceptFirst: row.accept_first === 1,
    owedPapersOutstanding: outstandingPapers(row.owedPapers, history).length,
    hasEngineSnapshot: Boolean(review?.engine_result_json),
    engineDecision: outcome === 'eligible' || outcome === 'mandatory-appointment' ? 'grant' : outcome === 'ineligible' ? 'refuse' : null,
    engineProvisional: review?.engine_provisional === 1,
    hasActiveAssignment: Boolean(active),
  }
}

/** Re-plans the case's deadlines and stores them (call inside the transition's transaction). */
export async function syncCaseDeadlines(
  db: Kysely<DB>,
  row: CaseRecord,
  status: string,
  history: readonly HistoryEntry[],
  atMs: number,
  preloaded?: CenterSettings,
): Promise<void> {
  const settings = preloaded ?? (await loadCenterPolicySettings(db))
  const owed = await owedPapersDays(db, row.region, row.received_on)
  const plan = planDeadlines(
    {
      region: row.region,
      receivedOn: row.received_on,
      channel: row.channel,
      acceptFirst: row.accept_first === 1,
      owedPapers: row.owedPapers,
      status: status as CaseStatus,
    },
    history,
    settings,
    owed,
  )
  await db.deleteFrom('workflow_pending').where('case_id', '=', row.id).execute()
  // A case received before any profile (NO_PROFILE) or in a year the calendar cannot count
  // in working days has no computable deadlines; its other records are unaffected.
  if (!plan.ok) return
  const kinds = plan.value.map((d) => d.kind)
  let del = db.deleteFrom('case_deadline').where('case_id', '=', row.id)
  if (kinds.length > 0) del = del.where('kind', 'not in', kinds)
  await del.execute()
  for (const d of plan.value) {
    const values = {
      due_on: d.dueOn,
      starts_from: d.startsFrom,
      basis: d.basis,
      status: d.status,
      paused_days: d.pausedDays,
      completed_on: d.completedOn,
      updated_at_ms: atMs,
    }
    await db
      .insertInto('case_deadline')
      .values({ case_id: row.id, kind: d.kind, responsible: row.created_by, ...values })
      .onConflict((oc) => oc.columns(['case_id', 'kind']).doUpdateSet(values))
      .execute()
  }
}

export interface TransitionContext {
  ctx: ServiceContext
  actor: string
  atMs: number
  /** The caller's roles when known (guarded calls); checked against the action's roles. */
  roles?: readonly Role[] | undefined
}

export interface TransitionRequest {
  /** The channel taking the step; it must be the one the transition table names. */
  via: StepChannel
  action: WorkflowAction
  on: LocalDate
  payload: Record<string, unknown>
  reason: string | null
  overrideReason?: string | undefined
}

/**
 * The one place a case changes status. Runs inside the caller's transaction (`trx`): the
 * assignment service uses it for 指派 and 更换 together with its own rows.
 */
export async function applyTransition(trx: Kysely<DB>, tc: TransitionContext, row: CaseRecord, req: TransitionRequest): Promise<TransitionResult> {
  const history = await loadHistory(trx, row.id)
  const facts = await caseFacts(trx, row, history)
  const check = checkTransition(facts, req.action, { overrideReason: req.overrideReason })
  if (!check.ok) throw new AppError(check.code, check.message, { action: req.action, status: row.status })
  if (check.def.via !== req.via) {
    throw new AppError('POLICY_VIOLATION', `「${check.def.label}」须在${STEP_CHANNEL_PLACE[check.def.via]}中办理`, { action: req.action, via: check.def.via })
  }
  if (tc.roles && !check.def.roles.some((r) => tc.roles!.includes(r))) {
    throw new AppError('PERMISSION', `「${check.def.label}」须由${check.def.roles.map(roleLabel).join('或')}办理，您的账号没有该角色`)
  }
  const todayDate = today(tc.ctx.clock)
  if (compareDates(req.on, todayDate) > 0) throw new AppError('VALIDATION', `${actionLabel(req.action)}的日期不能晚于今天（${todayDate}）`, { issues: [{ path: ['on'], message: '日期不能晚于今天' }] })
  if (compareDates(req.on, row.received_on) < 0) {
    throw new AppError('VALIDATION', `${actionLabel(req.action)}的日期不能早于受理日期（${row.received_on}）`, { issues: [{ path: ['on'], message: '日期不能早于受理日期' }] })
  }
  const last = history[history.length - 1]
  if (last && compareDates(req.on, last.on) < 0) {
    throw new AppError('VALIDATION', `${actionLabel(req.action)}的日期不能早于上一步「${actionLabel(last.action)}」的日期（${last.on}）`, { issues: [{ path: ['on'], message: '日期早于上一步' }] })
  }
  const from = row.status
  const to = check.to
  const id = tc.ctx.newId()
  await trx.updateTable('legal_case').set({ status: to, updated_at_ms: tc.atMs }).where('id', '=', row.id).execute()
  await trx
    .insertInto('case_transition')
    .values({
      id,
      case_id: row.id,
      action: req.action,
      from_status: from,
      to_status: to,
      on_date: req.on,
      reason: req.reason,
      payload_json: JSON.stringify(req.payload),
      actor: tc.actor,
      at_ms: tc.atMs,
      origin: tc.ctx.origin,
    })
    .execute()
  await appendAudit(trx, {
    atMs: tc.atMs,
    actor: tc.actor,
    action: `workflow.${req.action}`,
    entity: 'legal_case',
    entityId: row.id,
    before: { status: from },
    after: { status: to, action: req.action, on: req.on, reason: req.reason, payload: req.payload, transitionId: id },
  })
  const newHistory = [...history, { action: req.action, on: req.on, payload: req.payload as HistoryEntry['payload'] }]
  await syncCaseDeadlines(trx, row, to, newHistory, tc.atMs)
  await STEP_EFFECTS[req.action]?.(trx, tc, row, req)
  return { caseId: row.id, transitionId: id, action: req.action, from, to, on: req.on }
}

type StepEffect = (trx: Kysely<DB>, tc: TransitionContext, row: CaseRecord, req: TransitionRequest) => Promise<unknown>

/**
 * What a step does besides changing the status and recording itself, in the same transaction,
 * whichever channel took it (shared/workflow/transitions.ts says which one may). 更换 ends the old
 * assignment in the assignment service, which needs the new assignment's id.
 */
const STEP_EFFECTS: Partial<Record<WorkflowAction, StepEffect>> = {
  'decide-grant': (trx, tc, row, req) => recordDecision(trx, tc, row, req, 'grant'),
  'decide-refuse': (trx, tc, row, req) => recordDecision(trx, tc, row, req, 'refuse'),
  close: (trx, tc, row, req) => endActiveAssignment(trx, tc, row.id, 'closed', req.on, req.reason),
  terminate: (trx, tc, row, req) => endActiveAssignment(trx, tc, row.id, 'terminated', req.on, req.reason),
}

/** The director's decision on the review record (负责人审批), with its audit entry. */
async function recordDecision(trx: Kysely<DB>, tc: TransitionContext, row: CaseRecord, req: TransitionRequest, decision: 'grant' | 'refuse'): Promise<void> {
  const p = req.payload as { overrideReason?: string; reasons?: string }
  const before = await trx.selectFrom('case_review').selectAll().where('case_id', '=', row.id).executeTakeFirstOrThrow()
  const after = {
    decision,
    decided_on: req.on,
    // The director who took the decision step, from the login (never a typed name).
    approved_by: tc.actor,
    override_reason: p.overrideReason ?? null,
    refusal_reasons: decision === 'refuse' ? (p.reasons ?? null) : null,
    updated_by: tc.actor,
    updated_at_ms: tc.atMs,
  }
  await trx.updateTable('case_review').set(after).where('case_id', '=', row.id).execute()
  await appendAudit(trx, {
    atMs: tc.atMs,
    actor: tc.actor,
    action: 'review.decide',
    entity: 'case_review',
    entityId: row.id,
    before: { decision: before.decision, decided_on: before.decided_on, approved_by: before.approved_by, override_reason: before.override_reason },
    after,
  })
}

/** Ends the case's active assignment (结案, 终止) and frees the lawyer's capacity. */
export async function endActiveAssignment(trx: Kysely<DB>, tc: TransitionContext, caseId: string, kind: 'closed' | 'terminated' | 'changed', on: LocalDate, reason: string | null, replacedBy: string | null = null): Promise<string | null> {
  const active = await trx.selectFrom('case_assignment').selectAll().where('case_id', '=', caseId).where('ended_at_ms', 'is', null).executeTakeFirst()
  if (!active) return null
  const after = { ended_at_ms: tc.atMs, ended_on: on, end_kind: kind, end_reason: reason, replaced_by: replacedBy }
  await trx.updateTable('case_assignment').set(after).where('id', '=', active.id).execute()
  await trx
    .updateTable('lawyer')
    .set({ open_cases: sql<number>`max(open_cases - 1, 0)` })
    .where('id', '=', active.lawyer_id)
    .execute()
  await appendAudit(trx, { atMs: tc.atMs, actor: tc.actor, action: `assignment.end-${kind}`, entity: 'case_assignment', entityId: active.id, before: active, after: { ...active, ...after } })
  return active.lawyer_id
}

function reasonOf(input: TransitionInputOut): string | null {
  switch (input.action) {
    case 'decide-refuse':
      return input.overrideReason ? `${input.reasons}（不采纳审查结论的理由：${input.overrideReason}）` : input.reasons
    case 'decide-grant':
      return input.overrideReason ?? null
    case 'object':
      return input.grounds
    case 'objection-upheld':
    case 'objection-rejected':
      return input.outcome
    case 'terminate':
      return `${terminationCitation(input.ground) ?? input.ground}：${input.reason}`
    case 'withdraw':
      return input.reason
    default:
      return input.note ?? null
  }
}

function payloadOf(input: TransitionInputOut): Record<string, unknown> {
  const { caseId: _c, action: _a, on: _o, ...rest } = input
  const payload: Record<string, unknown> = { ...rest }
  if (input.action === 'terminate') {
    const g = terminationGround(input.ground)
    payload.groundLabel = g?.label
    payload.citation = terminationCitation(input.ground)
    payload.wordingUncertain = g?.wordingUncertain ?? true
  }
  return payload
}

/** workflow:transition — the steps the transition table gives to this channel (not 指派/更换, not 办结/结案/归档). */
export async function transitionCase(ctx: ServiceContext, input: TransitionInputOut, actor: string, roles?: readonly Role[]): Promise<TransitionResult> {
  const atMs = ctx.clock.now()
  const on = (input.on ?? today(ctx.clock))
  return writeTx(ctx.db, async (trx) => {
    const row = await loadCase(trx, input.caseId)
    const tc: TransitionContext = { ctx, actor, atMs, roles }
    if (input.action === 'request-materials' && compareDates(input.dueOn, on) <= 0) {
      throw new AppError('VALIDATION', '补充材料期限应晚于通知日期', { issues: [{ path: ['dueOn'], message: '期限应晚于通知日期' }] })
    }
    if (input.action === 'complete-papers') {
      const outstanding = outstandingPapers(row.owedPapers, await loadHistory(trx, row.id))
      const unknown = input.items.filter((i) => !outstanding.includes(i))
      if (unknown.length > 0 && outstanding.length > 0) {
        throw new AppError('VALIDATION', `以下材料不在待补清单中：${unknown.join('、')}；待补的是：${outstanding.join('、')}`, { issues: [{ path: ['items'], message: '材料不在待补清单中' }] })
      }
    }
    const overrideReason = input.action === 'decide-grant' || input.action === 'decide-refuse' ? input.overrideReason : undefined
    return applyTransition(trx, tc, row, { via: 'workflow:transition', action: input.action, on, payload: payloadOf(input), reason: reasonOf(input), overrideReason })
  })
}

function toTransitionDto(r: Selectable<DB['case_transition']>): TransitionDto {
  return {
    id: r.id,
    seq: r.seq,
    action: r.action,
    actionLabel: actionLabel(r.action),
    from: r.from_status,
    fromLabel: statusLabel(r.from_status),
    to: r.to_status,
    toLabel: statusLabel(r.to_status),
    on: r.on_date,
    reason: r.reason,
    payload: JSON.parse(r.payload_json) as Record<string, unknown>,
    actor: r.actor,
    atMs: r.at_ms,
  }
}

/** workflow:history — the transitions, current deadlines and the actions open now. */
export async function workflowState(ctx: ServiceContext, caseId: string): Promise<WorkflowState> {
  const row = await loadCase(ctx.db, caseId)
  const pending = await ctx.db.selectFrom('workflow_pending').select('case_id').where('case_id', '=', caseId).executeTakeFirst()
  if (pending) await writeTx(ctx.db, async (trx) => syncCaseDeadlines(trx, row, row.status, await loadHistory(trx, row.id), ctx.clock.now()))
  const rows = await ctx.db.selectFrom('case_transition').selectAll().where('case_id', '=', caseId).orderBy('seq').execute()
  const history = rows.map((r) => ({ action: r.action as WorkflowAction, on: r.on_date, payload: JSON.parse(r.payload_json) as HistoryEntry['payload'] }))
  const facts = await caseFacts(ctx.db, row, history)
  const deadlines = await ctx.db.selectFrom('case_deadline').selectAll().where('case_id', '=', caseId).orderBy('due_on').execute()
  return {
    caseId,
    caseNumber: row.case_number,
    status: row.status,
    statusLabel: statusLabel(row.status),
    channel: row.channel,
    acceptFirst: row.accept_first === 1,
    owedPapersOutstanding: outstandingPapers(row.owedPapers, history),
    transitions: rows.map(toTransitionDto),
    deadlines: deadlines.map((d) => ({
      kind: d.kind,
      label: deadlineKindLabel(d.kind),
      dueOn: d.due_on,
      status: d.status,
      basis: d.basis,
      pausedDays: d.paused_days,
      completedOn: d.completed_on,
      responsible: d.responsible,
    })),
    actions: availableActions(facts).map((a) => ({ action: a.action, label: a.label, via: a.via, roles: [...a.roles] })),
  }
}

/**
 * Plans deadlines for cases that have none yet (new registrations, which the legal_case trigger
 * queues in workflow_pending; cases that existed before the workflow migration). At most `limit`
 * cases in one transaction: the background planner (deadline-planner.ts) works through a backlog
 * in such batches, and a board view plans only what a few fresh registrations left.
 * Cases beyond 'registered' without any recorded transition cannot be planned and are dropped.
 * Returns how many queued cases it took off the queue.
 */
export async function drainPending(ctx: ServiceContext, limit = 200): Promise<number> {
  // Most board views find the queue empty: no write lock for that.
  if (!(await ctx.db.selectFrom('workflow_pending').select('case_id').limit(1).executeTakeFirst())) return 0
  const atMs = ctx.clock.now()
  return writeTx(ctx.db, async (trx) => {
    // Read inside the transaction: the background planner and a board view may both drain.
    const ids = await trx.selectFrom('workflow_pending').select('case_id').limit(limit).execute()
    if (ids.length === 0) return 0
    const settings = await loadCenterPolicySettings(trx)
    for (const { case_id } of ids) {
      const row = await findCase(trx, case_id)
      const history = row ? await loadHistory(trx, case_id) : []
      if (!row || (row.status !== 'registered' && history.length === 0)) {
        await trx.deleteFrom('workflow_pending').where('case_id', '=', case_id).execute()
        continue
      }
      await syncCaseDeadlines(trx, row, row.status, history, atMs, settings)
    }
    return ids.length
  })
}

/** The last day of the current week (Sunday), counting Monday as the first day. */
export function weekEndOf(day: LocalDate): LocalDate {
  const dow = dayOfWeek(day) // 0 = Sunday … 6 = Saturday
  return addDays(day, dow === 0 ? 0 : 7 - dow)
}

/** deadlines:board — overdue, due today, due later this week; for one clerk or the center. */
export async function deadlinesBoard(ctx: ServiceContext, input: { responsible?: string | undefined; listLimit: number }): Promise<DeadlineBoard> {
  const started = performance.now()
  await drainPending(ctx)
  const backlog = await ctx.db.selectFrom('workflow_pending').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  const day = today(ctx.clock)
  const weekEnd = weekEndOf(day)
  const db = ctx.db
  const scope = <Q extends { where: (...a: any[]) => Q }>(q: Q): Q => (input.responsible ? q.where('d.responsible', '=', input.responsible) : q)

  const counts = await scope(
    db
      .selectFrom('case_deadline as d')
      .select((eb) => [
        eb.fn.sum<number>(eb.case().when('d.due_on', '<', day).then(1).else(0).end()).as('overdue'),
        eb.fn.sum<number>(eb.case().when('d.due_on', '=', day).then(1).else(0).end()).as('today'),
        eb.fn.sum<number>(eb.case().when('d.due_on', '>', day).then(1).else(0).end()).as('week'),
      ])
      .where('d.status', '=', 'open')
      .where('d.due_on', '<=', weekEnd),
  ).executeTakeFirstOrThrow()
  const paused = await scope(db.selectFrom('case_deadline as d').select((eb) => eb.fn.countAll<number>().as('n')).where('d.status', '=', 'paused')).executeTakeFirstOrThrow()

  const byResponsible = input.responsible
    ? []
    : await db
        .selectFrom('case_deadline as d')
        .select((eb) => [
          'd.responsible',
          eb.fn.sum<number>(eb.case().when('d.due_on', '<', day).then(1).else(0).end()).as('overdue'),
          eb.fn.sum<number>(eb.case().when('d.due_on', '=', day).then(1).else(0).end()).as('today'),
          eb.fn.sum<number>(eb.case().when('d.due_on', '>', day).then(1).else(0).end()).as('week'),
        ])
        .where('d.status', '=', 'open')
        .where('d.due_on', '<=', weekEnd)
        .groupBy('d.responsible')
        .orderBy('d.responsible')
        .execute()

  const items = async (lo: LocalDate | null, hi: LocalDate, hiInclusive: boolean): Promise<DeadlineBoardItem[]> => {
    let q = db
      .selectFrom('case_deadline as d')
      .innerJoin('legal_case as c', 'c.id', 'd.case_id')
      .select(['d.case_id', 'd.kind', 'd.due_on', 'd.basis', 'd.responsible', 'd.starts_from', 'd.paused_days', 'c.case_number', 'c.applicant_name', 'c.status', 'c.channel'])
      .where('d.status', '=', 'open')
      .where('d.due_on', hiInclusive ? '<=' : '<', hi)
    if (lo !== null) q = q.where('d.due_on', '>', lo)
    q = scope(q)
    const rows = await q.orderBy('d.due_on').orderBy('c.case_number').limit(input.listLimit).execute()
    return rows.map((r) => ({
      caseId: r.case_id,
      caseNumber: r.case_number,
      applicantName: r.applicant_name,
      caseStatus: r.status,
      caseStatusLabel: statusLabel(r.status),
      channel: r.channel,
      kind: r.kind,
      label: deadlineKindLabel(r.kind),
      dueOn: r.due_on!,
      daysLeft: Math.round((Date.parse(r.due_on!) - Date.parse(day)) / 86_400_000),
      basis: r.basis,
      responsible: r.responsible,
      startsFrom: r.starts_from,
      pausedDays: r.paused_days,
    }))
  }
  const overdue = await items(null, day, false)
  const dueToday = await items(addDays(day, -1), day, true)
  const dueThisWeek = day === weekEnd ? [] : await items(day, weekEnd, true)
  return {
    today: day,
    weekEnd,
    responsible: input.responsible ?? null,
    counts: { overdue: Number(counts.overdue ?? 0), today: Number(counts.today ?? 0), thisWeek: Number(counts.week ?? 0), paused: Number(paused.n) },
    byResponsible: byResponsible.map((r) => ({ responsible: r.responsible, overdue: Number(r.overdue ?? 0), today: Number(r.today ?? 0), thisWeek: Number(r.week ?? 0) })),
    overdue,
    dueToday,
    dueThisWeek,
    pendingBacklog: Number(backlog.n),
    tookMs: performance.now() - started,
  }
}
