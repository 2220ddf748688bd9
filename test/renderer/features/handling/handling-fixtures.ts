/**
 * Fake data for the 承办与结案 panel, built with the shared closing rules (checklist items,
 * missing items, archive number), and a small in-memory stand-in for the handling service so a
 * write changes what the next `handling:get` returns, as in the app.
 */
import { closingChecklist, formatArchiveNumber, missingChecklistItems, type ChecklistEntry } from '../../../../shared/handling/closing'
import { CASE_OUTCOME_CODES, CASE_OUTCOMES, HANDLING_EVENT_KINDS, labelIn, type CaseOutcome } from '../../../../shared/handling/labels'
import type { ClosingDto, HandlingEventDto, HandlingState } from '../../../../shared/handling/dto'
import { AppError } from '../../../../shared/ipc/result'
import type { FakeHandlers } from '../../../kit/fake-api'

export const CASE_ID = 'case-2026-0012'
export const LAWYER = { id: 'lawyer-7', name: '刘建国', firmName: '内蒙古正义律师事务所' }

export const event = (id: string, kind: string, on: string, summary: string, recordedBy = '张丽'): HandlingEventDto => ({
  id,
  kind,
  kindLabel: labelIn(HANDLING_EVENT_KINDS, kind),
  on,
  summary,
  lawyerId: LAWYER.id,
  recordedBy,
  recordedAtMs: Date.UTC(2026, 2, 1),
})

export const EVENTS: HandlingEventDto[] = [
  event('ev-1', 'meeting', '2026-02-20', '在律所会见受援人，了解欠薪经过，收集工资条和考勤记录'),
  event('ev-2', 'hearing', '2026-03-03', '旗人民法院第二法庭开庭，对方对欠薪数额有异议', '王芳'),
]

/** The closing as the service reports it: checklist from the outcome, ticks, what is missing. */
export function closing(outcome: CaseOutcome, ticked: readonly string[], over: Partial<ClosingDto> = {}, caseType = 'civil'): ClosingDto {
  const defs = closingChecklist(caseType, outcome)
  const entries: ChecklistEntry[] = ticked.map((code) => ({ code, done: true }))
  return {
    outcome,
    outcomeLabel: labelIn(CASE_OUTCOMES, outcome),
    outcomeNote: null,
    concludedOn: '2026-03-05',
    materialsSubmittedOn: null,
    closedOn: null,
    closedBy: null,
    archiveNumber: null,
    archivedOn: null,
    archivedBy: null,
    archiveLocation: null,
    checklist: defs.map((d) => ({ ...d, done: ticked.includes(d.code), note: null })),
    missingRequired: missingChecklistItems(defs, entries).map((d) => d.label),
    ...over,
  }
}

/** Required items of a civil case closed by judgment. */
export const REQUIRED_JUDGMENT = closingChecklist('civil', 'judgment')
  .filter((d) => d.required)
  .map((d) => d.code)

export function handlingState(over: Partial<HandlingState> = {}): HandlingState {
  const caseType = over.caseType ?? 'civil'
  return {
    caseId: CASE_ID,
    caseNumber: '2026-0012',
    status: 'handling',
    statusLabel: '承办中',
    caseType,
    lawyer: LAWYER,
    events: EVENTS,
    closing: null,
    closingDeadline: null,
    checklistPreview: Object.fromEntries(CASE_OUTCOME_CODES.map((o) => [o, closingChecklist(caseType, o)])),
    ...over,
  }
}

const STATUS_LABELS: Record<string, string> = { closed: '已结案', archived: '已归档' }

/**
 * The handling service in miniature: records events, 办结 (with a 30-day materials deadline),
 * checklist ticks, 结案 (refused while a required item is unticked, with the service's
 * message) and 归档 (next archive number of the year).
 */
export function handlingServer(initial: HandlingState, archiveSeq = 3) {
  let st = initial
  let seq = 0
  const ticks = (c: ClosingDto, items: readonly { code: string; done: boolean }[] | undefined) =>
    c.checklist.filter((i) => (items?.find((x) => x.code === i.code)?.done ?? i.done)).map((i) => i.code)
  const handlers: FakeHandlers = {
    'handling:get': () => st,
    'handling:add-event': (i) => {
      st = { ...st, events: [...st.events, event(`ev-new-${++seq}`, i.kind, i.on, i.summary)] }
      return st
    },
    'handling:conclude': (i) => {
      st = {
        ...st,
        closing: closing(i.outcome, [], { concludedOn: i.concludedOn, outcomeNote: i.outcomeNote ?? null }, st.caseType),
        closingDeadline: { dueOn: '2026-04-08', status: 'open', basis: '办结之日起30日内提交结案材料', overdue: false },
      }
      return st
    },
    'handling:save-checklist': (i) => {
      const c = st.closing!
      st = { ...st, closing: closing(c.outcome as CaseOutcome, ticks(c, i.items), { concludedOn: c.concludedOn, outcomeNote: c.outcomeNote }, st.caseType) }
      return st
    },
    'handling:close': (i) => {
      const c = st.closing!
      const done = ticks(c, i.items)
      const after = closing(c.outcome as CaseOutcome, done, { concludedOn: c.concludedOn, outcomeNote: c.outcomeNote }, st.caseType)
      if (after.missingRequired.length > 0) {
        throw new AppError('POLICY_VIOLATION', `结案材料不齐，缺少：${after.missingRequired.join('、')}。请律师补交后在清单中勾选，再办理结案`)
      }
      st = {
        ...st,
        status: 'closed',
        statusLabel: STATUS_LABELS.closed!,
        closing: { ...after, materialsSubmittedOn: i.materialsSubmittedOn, closedOn: i.materialsSubmittedOn, closedBy: '张丽' },
        closingDeadline: st.closingDeadline && { ...st.closingDeadline, status: 'met' },
      }
      return st
    },
    'handling:archive': (i) => {
      const on = i.on ?? '2026-03-09'
      st = {
        ...st,
        status: 'archived',
        statusLabel: STATUS_LABELS.archived!,
        closing: { ...st.closing!, archiveNumber: formatArchiveNumber(2026, archiveSeq), archivedOn: on, archivedBy: '张丽', archiveLocation: i.location ?? null },
      }
      return st
    },
  }
  return {
    handlers,
    get state() {
      return st
    },
  }
}
