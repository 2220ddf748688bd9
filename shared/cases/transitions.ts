/**
 * The case state machine, in one place: which action may move a case from which status to
 * which, who may do it, what it needs, and the guards that depend on the case's facts.
 * Pure data and functions; the main process's workflow service enforces it and records every
 * transition.
 *
 *   registered ─start-review→ reviewing ─decide-grant→ granted ─assign→ assigned ─start-handling→ handling ─close→ closed ─archive→ archived
 *        │  └─request-materials→ awaiting-materials ─receive-materials→ reviewing     │
 *        │                      (the review clock pauses)            └─decide-refuse→ refused ─object→ objection ─objection-upheld→ granted
 *        │                                                                                              └─objection-rejected→ refused
 *        └─assign→ assigned   (notification cases: no economic review; accept-first urgent cases: aid first, papers later)
 *   side exits: terminate (granted/assigned/handling → terminated, with a ground of 法律援助法第四十八条),
 *               withdraw (registered/awaiting-materials/reviewing → withdrawn),
 *               change-lawyer (assigned/handling, status unchanged), complete-papers, report-concluded.
 */
import { labelIn } from '../codes'
import { CASE_STATUSES, type CaseStatus } from '../domain/enums'
import type { Role } from '../domain/roles'

/** The channels that take steps of the state machine (shared/ipc/contract.ts checks that each is a channel). */
export type StepChannel = 'workflow:transition' | 'assignment:assign' | 'handling:conclude' | 'handling:close' | 'handling:archive'

/** Where the screens offer each of those channels, for the message that refuses a step taken elsewhere. */
export const STEP_CHANNEL_PLACE: Readonly<Record<StepChannel, string>> = {
  'workflow:transition': '案件的「流程」',
  'assignment:assign': '「指派」',
  'handling:conclude': '「办理」的办结登记',
  'handling:close': '「办理」的结案材料核对',
  'handling:archive': '「办理」的归档',
}

export const WORKFLOW_ACTIONS = [
  { code: 'start-review', label: '开始审查' },
  { code: 'request-materials', label: '通知补充材料' },
  { code: 'receive-materials', label: '收到补充材料' },
  { code: 'decide-grant', label: '决定给予法律援助' },
  { code: 'decide-refuse', label: '决定不予法律援助' },
  { code: 'object', label: '申请人提出异议' },
  { code: 'objection-upheld', label: '异议成立（司法行政部门责令给予）' },
  { code: 'objection-rejected', label: '异议不成立（维持不予决定）' },
  { code: 'assign', label: '指派' },
  { code: 'change-lawyer', label: '更换法律援助人员' },
  { code: 'start-handling', label: '开始承办' },
  { code: 'report-concluded', label: '案件办结（开始计算结案材料期限）' },
  { code: 'close', label: '结案' },
  { code: 'archive', label: '归档' },
  { code: 'terminate', label: '终止法律援助' },
  { code: 'withdraw', label: '撤回申请' },
  { code: 'complete-papers', label: '补办手续（先行受理案件）' },
] as const

export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]['code']
export const WORKFLOW_ACTION_CODES = WORKFLOW_ACTIONS.map((a) => a.code) as [WorkflowAction, ...WorkflowAction[]]

export const STATUS_CODES = CASE_STATUSES.map((s) => s.code) as CaseStatus[]
export const TERMINAL_STATUSES: readonly CaseStatus[] = ['archived', 'terminated', 'withdrawn']

/** What the guards look at; the service reads it from the store. */
export interface CaseFacts {
  status: CaseStatus
  channel: string
  acceptFirst: boolean
  /** Owed papers (先行受理) not yet supplied. */
  owedPapersOutstanding: number
  /** A review with the engine's result is stored. */
  hasEngineSnapshot: boolean
  /** The decision the engine's outcome points to, and whether it was provisional. */
  engineDecision: 'grant' | 'refuse' | null
  engineProvisional: boolean
  hasActiveAssignment: boolean
}

export interface Refusal {
  code: 'CONFLICT' | 'POLICY_VIOLATION' | 'VALIDATION'
  message: string
}

/** The parts of an action's input that guards read. */
export interface GuardInput {
  overrideReason?: string | undefined
}

export interface TransitionDef {
  action: WorkflowAction
  label: string
  from: readonly CaseStatus[]
  /** 'same' = the status does not change (a recorded event). */
  to: CaseStatus | 'same'
  /** Who may do it (checked in the main process against the caller's roles). */
  roles: readonly Role[]
  /** Required inputs besides the date, as shown to the user. */
  requires: readonly string[]
  /**
   * The one channel that takes this step: 指派 and 更换 need the roster and the ranking
   * (assignment:assign); 办结, 结案 and 归档 need the closing record, the materials checklist and
   * the archive number (handling:*); every other step is workflow:transition.
   */
  via: StepChannel
  guard?: (facts: CaseFacts, input: GuardInput) => Refusal | null
}

const notForNotification = (what: string) => (f: CaseFacts): Refusal | null =>
  f.channel === 'notification'
    ? { code: 'POLICY_VIOLATION', message: `通知辩护/代理案件不审查经济困难状况，不能${what}；请直接指派律师` }
    : null

const decisionGuard = (decision: 'grant' | 'refuse') => (f: CaseFacts, input: GuardInput): Refusal | null => {
  const n = notForNotification(decision === 'grant' ? '作出给予决定' : '作出不予决定')(f)
  if (n) return n
  if (!f.hasEngineSnapshot) {
    return { code: 'POLICY_VIOLATION', message: '尚未保存审查意见：请先在「审查」中录入经济状况材料并运行政策审查，保存审查意见后再报负责人决定' }
  }
  const reason = input.overrideReason?.trim() ?? ''
  if (f.engineProvisional && reason === '') {
    return { code: 'POLICY_VIOLATION', message: '政策审查结论为「暂定」（信息不全），作出决定须填写书面理由（overrideReason）' }
  }
  if (f.engineDecision === null && reason === '') {
    return { code: 'POLICY_VIOLATION', message: '政策审查结论为「提供代书服务」，既非给予也非不予，作出决定须填写书面理由（overrideReason）' }
  }
  if (f.engineDecision !== null && f.engineDecision !== decision && reason === '') {
    const engine = f.engineDecision === 'grant' ? '给予' : '不予'
    return {
      code: 'POLICY_VIOLATION',
      message: `决定与政策审查结论（${engine}法律援助）不一致，须填写书面理由（overrideReason）说明为何不采纳审查结论`,
    }
  }
  return null
}

export const TRANSITIONS: readonly TransitionDef[] = [
  {
    action: 'start-review',
    label: '开始审查',
    from: ['registered'],
    to: 'reviewing',
    roles: ['clerk', 'reviewer'],
    requires: [],
    via: 'workflow:transition',
    guard: notForNotification('转入经济困难审查'),
  },
  {
    action: 'request-materials',
    label: '通知补充材料',
    from: ['registered', 'reviewing'],
    to: 'awaiting-materials',
    roles: ['clerk', 'reviewer'],
    requires: ['缺少的材料清单', '补充期限'],
    via: 'workflow:transition',
    guard: notForNotification('通知补充经济困难材料'),
  },
  {
    action: 'receive-materials',
    label: '收到补充材料',
    from: ['awaiting-materials'],
    to: 'reviewing',
    roles: ['clerk', 'reviewer'],
    requires: [],
    via: 'workflow:transition',
  },
  {
    action: 'decide-grant',
    label: '决定给予法律援助',
    from: ['reviewing'],
    to: 'granted',
    roles: ['director'],
    requires: ['负责人审批', '与审查结论不一致时的书面理由'],
    via: 'workflow:transition',
    guard: decisionGuard('grant'),
  },
  {
    action: 'decide-refuse',
    label: '决定不予法律援助',
    from: ['reviewing'],
    to: 'refused',
    roles: ['director'],
    requires: ['负责人审批', '不予援助的理由', '与审查结论不一致时的书面理由'],
    via: 'workflow:transition',
    guard: decisionGuard('refuse'),
  },
  {
    action: 'object',
    label: '申请人提出异议',
    from: ['refused'],
    to: 'objection',
    roles: ['clerk'],
    requires: ['异议内容', '受理异议的司法行政部门'],
    via: 'workflow:transition',
  },
  {
    action: 'objection-upheld',
    label: '异议成立',
    from: ['objection'],
    to: 'granted',
    roles: ['clerk', 'director'],
    requires: ['司法行政部门的审查结果'],
    via: 'workflow:transition',
  },
  {
    action: 'objection-rejected',
    label: '异议不成立',
    from: ['objection'],
    to: 'refused',
    roles: ['clerk', 'director'],
    requires: ['司法行政部门的审查结果'],
    via: 'workflow:transition',
  },
  {
    action: 'assign',
    label: '指派',
    from: ['registered', 'granted'],
    to: 'assigned',
    roles: ['clerk', 'director'],
    requires: ['法律援助人员', '未采用首位推荐时的理由'],
    via: 'assignment:assign',
    guard: (f) =>
      f.status === 'registered' && f.channel !== 'notification' && !f.acceptFirst
        ? { code: 'POLICY_VIOLATION', message: '申请案件须经审查并作出给予法律援助的决定后才能指派（通知案件和先行受理的紧急案件除外）' }
        : null,
  },
  {
    action: 'change-lawyer',
    label: '更换法律援助人员',
    from: ['assigned', 'handling'],
    to: 'same',
    roles: ['clerk', 'director'],
    requires: ['新的法律援助人员', '更换理由'],
    via: 'assignment:assign',
    guard: (f) => (f.hasActiveAssignment ? null : { code: 'CONFLICT', message: '本案没有在办的法律援助人员，无法更换；请使用「指派」' }),
  },
  {
    action: 'start-handling',
    label: '开始承办',
    from: ['assigned'],
    to: 'handling',
    roles: ['clerk'],
    requires: [],
    via: 'workflow:transition',
  },
  {
    action: 'report-concluded',
    label: '案件办结',
    from: ['handling'],
    to: 'same',
    roles: ['clerk'],
    requires: ['办结日期（判决、调解、撤诉等）'],
    via: 'handling:conclude',
  },
  {
    action: 'close',
    label: '结案',
    from: ['handling'],
    to: 'closed',
    roles: ['clerk'],
    requires: ['结案材料提交日期'],
    via: 'handling:close',
  },
  {
    action: 'archive',
    label: '归档',
    from: ['closed'],
    to: 'archived',
    roles: ['clerk', 'admin'],
    requires: [],
    via: 'handling:archive',
  },
  {
    action: 'terminate',
    label: '终止法律援助',
    from: ['granted', 'assigned', 'handling'],
    to: 'terminated',
    roles: ['director'],
    requires: ['终止事由（法律援助法第四十八条）', '说明', '负责人审批'],
    via: 'workflow:transition',
  },
  {
    action: 'withdraw',
    label: '撤回申请',
    from: ['registered', 'awaiting-materials', 'reviewing'],
    to: 'withdrawn',
    roles: ['clerk'],
    requires: ['撤回原因'],
    via: 'workflow:transition',
  },
  {
    action: 'complete-papers',
    label: '补办手续',
    from: ['registered', 'awaiting-materials', 'reviewing', 'granted', 'assigned', 'handling', 'closed'],
    to: 'same',
    roles: ['clerk'],
    requires: ['已补交的材料'],
    via: 'workflow:transition',
    guard: (f) =>
      !f.acceptFirst
        ? { code: 'POLICY_VIOLATION', message: '本案不是先行受理的案件，没有待补办的手续' }
        : f.owedPapersOutstanding === 0
          ? { code: 'CONFLICT', message: '先行受理时列明的材料均已补交，无需再补办' }
          : null,
  },
]

export function transitionFor(action: WorkflowAction): TransitionDef {
  const t = TRANSITIONS.find((x) => x.action === action)
  if (!t) throw new Error(`no transition for ${action}`)
  return t
}

export function statusLabel(status: string): string {
  return labelIn(CASE_STATUSES, status)
}

export function actionLabel(action: string): string {
  return labelIn(WORKFLOW_ACTIONS, action)
}

export type TransitionCheck = { ok: true; to: CaseStatus; def: TransitionDef } | ({ ok: false } & Refusal)

/** Whether `action` may be taken on a case with these facts; the status it leads to, or why not. */
export function checkTransition(facts: CaseFacts, action: WorkflowAction, input: GuardInput = {}): TransitionCheck {
  const def = transitionFor(action)
  if (!def.from.includes(facts.status)) {
    const allowed = def.from.map(statusLabel).join('、')
    return {
      ok: false,
      code: 'CONFLICT',
      message: `案件当前状态为「${statusLabel(facts.status)}」，不能${def.label}（只能在「${allowed}」状态下进行）`,
    }
  }
  const refused = def.guard?.(facts, input) ?? null
  if (refused) return { ok: false, ...refused }
  return { ok: true, to: def.to === 'same' ? facts.status : def.to, def }
}

/** The actions open to a case now (guards that need an override reason count as open). */
export function availableActions(facts: CaseFacts): { action: WorkflowAction; label: string; via: StepChannel; roles: readonly Role[] }[] {
  return TRANSITIONS.filter((t) => {
    const r = checkTransition(facts, t.action, { overrideReason: 'x' })
    return r.ok
  }).map((t) => ({ action: t.action, label: t.label, via: t.via, roles: t.roles }))
}

/** The decision the engine's outcome points to. */
export function engineDecisionOf(outcome: string): 'grant' | 'refuse' | null {
  switch (outcome) {
    case 'eligible':
    case 'mandatory-appointment':
      return 'grant'
    // 'drafting-only' (南宁办法 二（三）2: 代书服务, no representation) points neither way:
    // either decision then needs a written reason.
    case 'ineligible':
      return 'refuse'
    default:
      return null
  }
}
