/**
 * The deadlines a case carries, derived from its receipt facts and its transition history by
 * the policy engine (`computeDeadlines`) plus two of the center's own: the due date printed on a
 * 补充材料通知 and the papers an accept-first case still owes. The workflow service stores the
 * result in `case_deadline` on every transition, so the deadlines board never runs the engine.
 */
import { labelIn } from '../codes'
import { addDays, type LocalDate } from '../domain/dates'
import { computeDeadlines, computePeriod, type Deadline, type SupplementRequest } from '../policy/deadlines'
import { formatCitation } from '../policy/explain'
import { DEFAULT_HOLIDAY_EXTENSION, settingOrDefault, type CenterSettings } from '../policy/settings'
import { ok, type PolicyResult, type RegionCode } from '../policy/types'
import type { CaseStatus } from '../domain/enums'
import { TERMINAL_STATUSES, type WorkflowAction } from '../cases/transitions'

export const DEADLINE_KINDS = [
  { code: 'decision', label: '作出给予/不予法律援助决定' },
  { code: 'assignment', label: '指派法律援助人员' },
  { code: 'agreement-signing', label: '签订委托协议' },
  { code: 'closing-materials', label: '提交结案材料' },
  { code: 'materials-due', label: '申请人补充材料期限' },
  { code: 'owed-papers', label: '先行受理案件补办手续' },
] as const
export type DeadlineKind = (typeof DEADLINE_KINDS)[number]['code']

export const DEADLINE_STATUSES = ['open', 'paused', 'met', 'cancelled'] as const
export type StoredDeadlineStatus = (typeof DEADLINE_STATUSES)[number]

export function deadlineKindLabel(kind: string): string {
  return labelIn(DEADLINE_KINDS, kind)
}

/** Days an accept-first case has to complete its papers when the center has not set its own. */
export const DEFAULT_OWED_PAPERS_DAYS = 7
export const OWED_PAPERS_SETTING = 'workflow.owedPapersDays'

/** One recorded transition, as the derivation needs it. */
export interface HistoryEntry {
  action: WorkflowAction
  /** The business date of the event. */
  on: LocalDate
  payload: { dueOn?: string; items?: readonly string[]; concludedOn?: string }
}

export interface DeadlineCaseFacts {
  region: RegionCode
  receivedOn: LocalDate
  channel: string
  acceptFirst: boolean
  owedPapers: readonly string[]
  status: CaseStatus
}

export interface OwedPapersDays {
  days: number
  isDefault: boolean
  source: string
}

export interface PlannedDeadline {
  kind: DeadlineKind
  dueOn: LocalDate | null
  status: StoredDeadlineStatus
  startsFrom: LocalDate
  /** Legal basis and counting notes, in Chinese, for the board's tooltip. */
  basis: string
  pausedDays: number
  completedOn: LocalDate | null
}

/** Supplement requests (补充材料) paired with the materials' receipt. */
export function supplementRequestsOf(history: readonly HistoryEntry[]): SupplementRequest[] {
  const out: SupplementRequest[] = []
  for (const h of history) {
    if (h.action === 'request-materials') out.push({ requestedOn: h.on, suppliedOn: null })
    if (h.action === 'receive-materials') {
      const open = out.find((r) => r.suppliedOn === null)
      if (open) open.suppliedOn = h.on
    }
  }
  return out
}

/** Owed papers not yet supplied (先行受理, 事后补办手续). */
export function outstandingPapers(owed: readonly string[], history: readonly HistoryEntry[]): string[] {
  const supplied = new Set(history.filter((h) => h.action === 'complete-papers').flatMap((h) => h.payload.items ?? []))
  return owed.filter((p) => !supplied.has(p))
}

function firstOn(history: readonly HistoryEntry[], actions: readonly WorkflowAction[]): LocalDate | null {
  return history.find((h) => actions.includes(h.action))?.on ?? null
}
function lastOn(history: readonly HistoryEntry[], actions: readonly WorkflowAction[]): LocalDate | null {
  let found: LocalDate | null = null
  for (const h of history) if (actions.includes(h.action)) found = h.on
  return found
}

function basisText(d: Deadline): string {
  const parts = d.basis.map(formatCitation)
  if (d.pausedDays > 0) parts.push(`等待补充材料期间 ${d.pausedDays} 日不计入`)
  if (d.extended) parts.push(d.extended.reason)
  return parts.join('；')
}

/**
 * Every deadline of the case with its current state. `open` deadlines have a due date;
 * `paused` is the review period while materials are awaited (no due date until they arrive).
 */
export function planDeadlines(
  facts: DeadlineCaseFacts,
  history: readonly HistoryEntry[],
  settings: CenterSettings,
  owedDays: OwedPapersDays,
): PolicyResult<PlannedDeadline[]> {
  const via = facts.channel === 'notification' ? 'notification' : 'application'
  const supplementRequests = via === 'application' ? supplementRequestsOf(history) : []
  const decidedOn = firstOn(history, ['decide-grant', 'decide-refuse'])
  const grantedOn = lastOn(history, ['decide-grant', 'objection-upheld'])
  const assignedOn = firstOn(history, ['assign'])
  const handlingOn = firstOn(history, ['start-handling'])
  const concluded = history.find((h) => h.action === 'report-concluded')
  const concludedOn = (concluded?.payload.concludedOn as LocalDate | undefined) ?? concluded?.on ?? null
  const closedOn = firstOn(history, ['close'])
  const terminal = TERMINAL_STATUSES.includes(facts.status)

  const base = computeDeadlines(
    { region: facts.region, receivedOn: facts.receivedOn, via, supplementRequests, decidedOn, assignedOn, caseClosedOn: concludedOn },
    settings,
  )
  if (!base.ok) return base
  const byCode = new Map(base.value.deadlines.map((d) => [d.code, d]))
  // After an upheld objection the 3 days run from the grant, not from the first (refusal) decision.
  if (grantedOn && grantedOn !== decidedOn && via === 'application') {
    const again = computeDeadlines(
      { region: facts.region, receivedOn: facts.receivedOn, via, supplementRequests, decidedOn: grantedOn, assignedOn },
      settings,
    )
    if (!again.ok) return again
    const a = again.value.deadlines.find((d) => d.code === 'assignment-after-decision')
    if (a) byCode.set('assignment-after-decision', a)
  }

  const out: PlannedDeadline[] = []
  const settle = (done: LocalDate | null, cancelledWhen: boolean): { status: StoredDeadlineStatus; completedOn: LocalDate | null } =>
    done ? { status: 'met', completedOn: done } : cancelledWhen ? { status: 'cancelled', completedOn: null } : { status: 'open', completedOn: null }

  const decision = byCode.get('decision')
  if (decision) {
    const pastReview = !['registered', 'awaiting-materials', 'reviewing'].includes(facts.status)
    const s = settle(decidedOn, terminal || pastReview)
    out.push({
      kind: 'decision',
      dueOn: (decision.due as LocalDate | null) ?? null,
      status: s.status === 'open' && decision.status === 'paused' ? 'paused' : s.status,
      startsFrom: facts.receivedOn,
      basis: basisText(decision),
      pausedDays: decision.pausedDays,
      completedOn: s.completedOn,
    })
  }
  const assignment = byCode.get('assignment-after-notification') ?? (grantedOn ? byCode.get('assignment-after-decision') : undefined)
  if (assignment) {
    const s = settle(assignedOn, terminal)
    out.push({ kind: 'assignment', dueOn: assignment.due as LocalDate, status: s.status, startsFrom: assignment.startsFrom as LocalDate, basis: basisText(assignment), pausedDays: 0, completedOn: s.completedOn })
  }
  const agreement = byCode.get('agreement-signing')
  if (agreement) {
    const s = settle(handlingOn, terminal)
    out.push({ kind: 'agreement-signing', dueOn: agreement.due as LocalDate, status: s.status, startsFrom: agreement.startsFrom as LocalDate, basis: basisText(agreement), pausedDays: 0, completedOn: s.completedOn })
  }
  const closing = byCode.get('closing-materials')
  if (closing) {
    const s = settle(closedOn, terminal && !closedOn)
    out.push({ kind: 'closing-materials', dueOn: closing.due as LocalDate, status: s.status, startsFrom: closing.startsFrom as LocalDate, basis: basisText(closing), pausedDays: 0, completedOn: s.completedOn })
  }

  const lastRequest = [...history].reverse().find((h) => h.action === 'request-materials')
  if (lastRequest?.payload.dueOn) {
    const received = history.some((h) => h.action === 'receive-materials' && h.on >= lastRequest.on && history.indexOf(h) > history.indexOf(lastRequest))
    const receivedOn = received ? lastOn(history, ['receive-materials']) : null
    const s = settle(receivedOn, terminal)
    out.push({
      kind: 'materials-due',
      dueOn: lastRequest.payload.dueOn as LocalDate,
      status: s.status,
      startsFrom: lastRequest.on,
      basis: `补充材料通知书（${lastRequest.on}）载明的补充期限；缺少：${(lastRequest.payload.items ?? []).join('、')}`,
      pausedDays: 0,
      completedOn: s.completedOn,
    })
  }

  if (facts.acceptFirst && facts.owedPapers.length > 0) {
    const ext = settingOrDefault(settings, facts.region, 'deadline.holidayExtension', facts.receivedOn, DEFAULT_HOLIDAY_EXTENSION)
    const period = computePeriod(facts.receivedOn, owedDays.days, 'natural-days', ext.value)
    const due = period.ok ? period.value.due : addDays(facts.receivedOn, owedDays.days)
    const outstanding = outstandingPapers(facts.owedPapers, history)
    const s = settle(outstanding.length === 0 ? lastOn(history, ['complete-papers']) : null, terminal)
    out.push({
      kind: 'owed-papers',
      dueOn: due,
      status: s.status,
      startsFrom: facts.receivedOn,
      basis: `先行受理、事后补办手续（法律援助法 先行提供法律援助的规定，条号待核实）：受理后 ${owedDays.days} 日内补交${
        owedDays.isDefault ? '（系统默认值，可在政策设置「workflow.owedPapersDays」中修改）' : `（${owedDays.source}）`
      }；待补：${outstanding.join('、') || '无'}`,
      pausedDays: 0,
      completedOn: s.completedOn,
    })
  }
  return ok(out)
}
