/**
 * Handling log (承办), 办结, 结案 and 归档. Status changes go through the workflow service's
 * `applyTransition` inside our own write transaction, so the case's transition, its audit entry,
 * the closing-materials deadline (case_deadline, planned by the workflow from 办结) and our own
 * rows commit together or not at all.
 */
import type { Kysely } from 'kysely'
import { compareDates, today, yearOf } from '../../../shared/domain/dates'
import type { Role } from '../../../shared/domain/roles'
import { AppError } from '../../../shared/ipc/result'
import { closingChecklist, formatArchiveNumber, missingChecklistItems, type ChecklistEntry } from '../../../shared/handling/closing'
import type { ClosingDto, HandlingEventDto, HandlingState } from '../../../shared/handling/dto'
import { CASE_OUTCOMES, CASE_OUTCOME_CODES, HANDLING_EVENT_KINDS, labelIn, type CaseOutcome } from '../../../shared/handling/labels'
import type { z } from 'zod'
import type { ArchiveInput, ChecklistSaveInput, CloseInput, ConcludeInput, HandlingEventInput } from '../../../shared/handling/schema'
import { statusLabel } from '../../../shared/cases/transitions'
import { appendAudit } from '../db/audit-repo'
import type { CaseClosingTable, DB } from '../db/schema'
import { writeTx } from '../db/tx'
import type { ServiceContext } from '../context'
import { applyTransition, type TransitionContext } from '../cases/workflow-service'
import { caseLawyer, loadCase } from '../cases/case-record'
import { invalid, notBefore, notFuture, parseJson } from '../lib/service-checks'

type In<S extends z.ZodType> = z.output<S>

const EVENT_STATUSES = ['assigned', 'handling']

function closingDto(row: CaseClosingTable, caseType: string): ClosingDto {
  const defs = closingChecklist(caseType, row.outcome as CaseOutcome)
  const entries = parseJson<ChecklistEntry[]>(row.checklist_json) ?? []
  return {
    outcome: row.outcome,
    outcomeLabel: labelIn(CASE_OUTCOMES, row.outcome),
    outcomeNote: row.outcome_note,
    concludedOn: row.concluded_on,
    materialsSubmittedOn: row.materials_submitted_on,
    closedOn: row.closed_on,
    closedBy: row.closed_by,
    archiveNumber: row.archive_number,
    archivedOn: row.archived_on,
    archivedBy: row.archived_by,
    archiveLocation: row.archive_location,
    checklist: defs.map((d) => {
      const e = entries.find((x) => x.code === d.code)
      return { ...d, done: e?.done ?? false, note: e?.note ?? null }
    }),
    missingRequired: missingChecklistItems(defs, entries).map((d) => d.label),
  }
}

/** handling:get — log, closing, checklist and the closing-materials deadline. */
export async function handlingState(ctx: ServiceContext, caseId: string): Promise<HandlingState> {
  const row = await loadCase(ctx.db, caseId)
  const events = await ctx.db.selectFrom('case_handling_event').selectAll().where('case_id', '=', caseId).orderBy('on_date').orderBy('recorded_at_ms').execute()
  const closing = await ctx.db.selectFrom('case_closing').selectAll().where('case_id', '=', caseId).executeTakeFirst()
  const deadline = await ctx.db.selectFrom('case_deadline').selectAll().where('case_id', '=', caseId).where('kind', '=', 'closing-materials').executeTakeFirst()
  const lawyer = await caseLawyer(ctx.db, caseId)
  const t = today(ctx.clock)
  return {
    caseId,
    caseNumber: row.case_number,
    status: row.status,
    statusLabel: statusLabel(row.status),
    caseType: row.case_type,
    lawyer: lawyer ? { id: lawyer.id, name: lawyer.name, firmName: lawyer.firmName } : null,
    events: events.map(
      (e): HandlingEventDto => ({
        id: e.id,
        kind: e.kind,
        kindLabel: labelIn(HANDLING_EVENT_KINDS, e.kind),
        on: e.on_date,
        summary: e.summary,
        lawyerId: e.lawyer_id,
        recordedBy: e.recorded_by,
        recordedAtMs: e.recorded_at_ms,
      }),
    ),
    closing: closing ? closingDto(closing, row.case_type) : null,
    closingDeadline: deadline
      ? { dueOn: deadline.due_on, status: deadline.status, basis: deadline.basis, overdue: deadline.status === 'open' && deadline.due_on !== null && deadline.due_on < t }
      : null,
    checklistPreview: Object.fromEntries(CASE_OUTCOME_CODES.map((o) => [o, closingChecklist(row.case_type, o)])),
  }
}

/** handling:add-event — one entry of the handling log (会见、阅卷、出庭 …). */
export async function addHandlingEvent(ctx: ServiceContext, input: In<typeof HandlingEventInput>, actor: string): Promise<HandlingState> {
  const atMs = ctx.clock.now()
  await writeTx(ctx.db, async (trx) => {
    const row = await loadCase(trx, input.caseId)
    if (!EVENT_STATUSES.includes(row.status)) {
      throw new AppError('CONFLICT', `案件当前状态为「${statusLabel(row.status)}」，只有已指派或承办中的案件可以登记办案活动`)
    }
    notFuture(ctx, input.on, 'on', '活动日期')
    notBefore(input.on, row.received_on, 'on', '活动日期', '受理日期')
    const lawyer = await caseLawyer(trx, row.id)
    const id = ctx.newId()
    const values = { id, case_id: row.id, kind: input.kind, on_date: input.on, summary: input.summary, lawyer_id: lawyer?.id ?? null, recorded_by: actor, recorded_at_ms: atMs, origin: ctx.origin }
    await trx.insertInto('case_handling_event').values(values).execute()
    await appendAudit(trx, { atMs, actor, action: 'handling.event', entity: 'legal_case', entityId: row.id, after: values })
  })
  return handlingState(ctx, input.caseId)
}

function mergeChecklist(existing: readonly ChecklistEntry[], incoming: readonly ChecklistEntry[] | undefined, validCodes: readonly string[]): ChecklistEntry[] {
  const out = new Map(existing.map((e) => [e.code, e]))
  for (const e of incoming ?? []) {
    if (!validCodes.includes(e.code)) invalid(['items'], `结案材料清单中没有项目「${e.code}」`)
    out.set(e.code, { code: e.code, done: e.done, ...(e.note ? { note: e.note } : {}) })
  }
  return [...out.values()]
}

/**
 * handling:conclude — 办结: the outcome and the date the matter ended. The workflow's
 * 'report-concluded' starts the closing-materials period (engine `computeDeadlines`), which the
 * deadlines board shows as overdue when the lawyer is late. Recording it again before 结案
 * corrects the outcome without a second transition.
 */
export async function concludeCase(ctx: ServiceContext, input: In<typeof ConcludeInput>, actor: string, roles?: readonly Role[]): Promise<HandlingState> {
  const atMs = ctx.clock.now()
  await writeTx(ctx.db, async (trx) => {
    const row = await loadCase(trx, input.caseId)
    const existing = await trx.selectFrom('case_closing').selectAll().where('case_id', '=', row.id).executeTakeFirst()
    if (existing?.closed_on) throw new AppError('CONFLICT', `本案已于 ${existing.closed_on} 结案，不能再修改办结情况`)
    notFuture(ctx, input.concludedOn, 'concludedOn', '办结日期')
    const lawyer = await caseLawyer(trx, row.id)
    if (existing) {
      if (input.concludedOn !== existing.concluded_on) {
        invalid(['concludedOn'], `办结日期已登记为 ${existing.concluded_on}（结案材料期限据此计算），不能更改；只能更正结案方式和说明`)
      }
      const after = { outcome: input.outcome, outcome_note: input.outcomeNote ?? null, recorded_by: actor, updated_at_ms: atMs }
      await trx.updateTable('case_closing').set(after).where('case_id', '=', row.id).execute()
      await appendAudit(trx, { atMs, actor, action: 'handling.conclude-correct', entity: 'legal_case', entityId: row.id, before: { outcome: existing.outcome, outcome_note: existing.outcome_note }, after })
      return
    }
    if (row.status !== 'handling') {
      throw new AppError('CONFLICT', row.status === 'assigned' ? '案件尚未开始承办：请先办理「开始承办」，再登记办结' : `案件当前状态为「${statusLabel(row.status)}」，不能登记办结`)
    }
    const tc: TransitionContext = { ctx, actor, atMs, roles }
    await applyTransition(trx, tc, row, {
      via: 'handling:conclude',
      action: 'report-concluded',
      on: input.concludedOn,
      payload: { concludedOn: input.concludedOn, outcome: input.outcome, result: input.outcomeNote ?? labelIn(CASE_OUTCOMES, input.outcome) },
      reason: input.outcomeNote ?? null,
    })
    const values: CaseClosingTable = {
      case_id: row.id,
      outcome: input.outcome,
      outcome_note: input.outcomeNote ?? null,
      concluded_on: input.concludedOn,
      lawyer_id: lawyer?.id ?? null,
      checklist_json: '[]',
      materials_submitted_on: null,
      closed_on: null,
      closed_by: null,
      archive_year: null,
      archive_seq: null,
      archive_number: null,
      archived_on: null,
      archived_by: null,
      archive_location: null,
      recorded_by: actor,
      updated_at_ms: atMs,
    }
    await trx.insertInto('case_closing').values(values).execute()
    await appendAudit(trx, { atMs, actor, action: 'handling.conclude', entity: 'legal_case', entityId: row.id, after: values })
  })
  return handlingState(ctx, input.caseId)
}

async function requireClosing(trx: Kysely<DB>, caseId: string): Promise<CaseClosingTable> {
  const c = await trx.selectFrom('case_closing').selectAll().where('case_id', '=', caseId).executeTakeFirst()
  if (!c) throw new AppError('POLICY_VIOLATION', '尚未登记办结（结案方式和办结日期）：请先登记办结，再核对结案材料')
  return c
}

/** handling:save-checklist — ticks on the closing-materials checklist, before 结案. */
export async function saveChecklist(ctx: ServiceContext, input: In<typeof ChecklistSaveInput>, actor: string): Promise<HandlingState> {
  const atMs = ctx.clock.now()
  await writeTx(ctx.db, async (trx) => {
    const row = await loadCase(trx, input.caseId)
    const closing = await requireClosing(trx, row.id)
    if (closing.closed_on) throw new AppError('CONFLICT', `本案已于 ${closing.closed_on} 结案，结案材料清单不能再修改`)
    const defs = closingChecklist(row.case_type, closing.outcome as CaseOutcome)
    const merged = mergeChecklist(parseJson<ChecklistEntry[]>(closing.checklist_json) ?? [], input.items, defs.map((d) => d.code))
    await trx.updateTable('case_closing').set({ checklist_json: JSON.stringify(merged), recorded_by: actor, updated_at_ms: atMs }).where('case_id', '=', row.id).execute()
    await appendAudit(trx, { atMs, actor, action: 'handling.checklist', entity: 'legal_case', entityId: row.id, before: JSON.parse(closing.checklist_json), after: merged })
  })
  return handlingState(ctx, input.caseId)
}

/** handling:close — 结案: every required closing material ticked; the workflow's 'close'. */
export async function closeCase(ctx: ServiceContext, input: In<typeof CloseInput>, actor: string, roles?: readonly Role[]): Promise<HandlingState> {
  const atMs = ctx.clock.now()
  await writeTx(ctx.db, async (trx) => {
    const row = await loadCase(trx, input.caseId)
    const closing = await requireClosing(trx, row.id)
    if (closing.closed_on) throw new AppError('CONFLICT', `本案已于 ${closing.closed_on} 结案`)
    notFuture(ctx, input.materialsSubmittedOn, 'materialsSubmittedOn', '结案材料提交日期')
    notBefore(input.materialsSubmittedOn, closing.concluded_on, 'materialsSubmittedOn', '结案材料提交日期', '办结日期')
    const defs = closingChecklist(row.case_type, closing.outcome as CaseOutcome)
    const merged = mergeChecklist(parseJson<ChecklistEntry[]>(closing.checklist_json) ?? [], input.items, defs.map((d) => d.code))
    const missing = missingChecklistItems(defs, merged)
    if (missing.length > 0) {
      throw new AppError('POLICY_VIOLATION', `结案材料不齐，缺少：${missing.map((m) => m.label).join('、')}。请律师补交后在清单中勾选，再办理结案`, {
        missing: missing.map((m) => m.code),
      })
    }
    const tc: TransitionContext = { ctx, actor, atMs, roles }
    await applyTransition(trx, tc, row, {
      via: 'handling:close',
      action: 'close',
      on: input.materialsSubmittedOn,
      payload: { materialsSubmittedOn: input.materialsSubmittedOn, summary: input.summary ?? null, outcome: closing.outcome },
      reason: input.summary ?? null,
    })
    const after = { checklist_json: JSON.stringify(merged), materials_submitted_on: input.materialsSubmittedOn, closed_on: input.materialsSubmittedOn, closed_by: actor, updated_at_ms: atMs }
    await trx.updateTable('case_closing').set(after).where('case_id', '=', row.id).execute()
    await appendAudit(trx, { atMs, actor, action: 'handling.close', entity: 'legal_case', entityId: row.id, before: { closed_on: null }, after })
  })
  return handlingState(ctx, input.caseId)
}

/** handling:archive — 归档 with the next archive number of the archive date's year (gap-free). */
export async function archiveCase(ctx: ServiceContext, input: In<typeof ArchiveInput>, actor: string, roles?: readonly Role[]): Promise<HandlingState> {
  const atMs = ctx.clock.now()
  const on = (input.on ?? today(ctx.clock))
  await writeTx(ctx.db, async (trx) => {
    const row = await loadCase(trx, input.caseId)
    const closing = await requireClosing(trx, row.id)
    if (closing.archive_number) throw new AppError('CONFLICT', `本案已于 ${closing.archived_on} 归档，档案号 ${closing.archive_number}`)
    if (!closing.closed_on) throw new AppError('CONFLICT', '案件尚未结案，不能归档：请先核对结案材料并办理结案')
    notFuture(ctx, on, 'on', '归档日期')
    if (compareDates(on, closing.closed_on) < 0) invalid(['on'], `归档日期不能早于结案日期（${closing.closed_on}）`)
    const year = yearOf(on)
    const counter = await trx
      .insertInto('archive_counter')
      .values({ year, last_seq: 1 })
      .onConflict((oc) => oc.column('year').doUpdateSet((eb) => ({ last_seq: eb('archive_counter.last_seq', '+', 1) })))
      .returning('last_seq')
      .executeTakeFirstOrThrow()
    const archiveNumber = formatArchiveNumber(year, counter.last_seq)
    const tc: TransitionContext = { ctx, actor, atMs, roles }
    await applyTransition(trx, tc, row, { via: 'handling:archive', action: 'archive', on, payload: { archiveNumber, location: input.location ?? null }, reason: null })
    const after = { archive_year: year, archive_seq: counter.last_seq, archive_number: archiveNumber, archived_on: on, archived_by: actor, archive_location: input.location ?? null, updated_at_ms: atMs }
    await trx.updateTable('case_closing').set(after).where('case_id', '=', row.id).execute()
    await appendAudit(trx, { atMs, actor, action: 'handling.archive', entity: 'legal_case', entityId: row.id, after })
  })
  return handlingState(ctx, input.caseId)
}
