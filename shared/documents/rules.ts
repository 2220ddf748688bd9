/**
 * Who may issue each document type through documents:issue, in which case states, and after which
 * step. The main process enforces this table (electron/main/documents/issue-rules.ts); the
 * screens use it to offer only what the user may issue now.
 *
 * Vouchers and the payment list are never issued here: they come from the subsidy ledger
 * (subsidy-batch:vouchers-start, subsidy-batch:payment-list), with the payee and the approvals
 * taken from its records.
 */
import type { CaseStatus } from '../domain/enums'
import { roleLabel, type Role } from '../domain/roles'
import { actionLabel, statusLabel, type WorkflowAction } from '../cases/transitions'
import { docTypeInfo, type DocType } from './schema'

export interface IssueRule {
  /** Roles that may issue it. */
  issuers: readonly Role[]
  /** Case states in which it may be issued. */
  states: readonly CaseStatus[]
  /** The case must have taken one of these steps (the decision the document records). */
  after?: readonly WorkflowAction[]
  /** The case must have a lawyer (an active assignment): the document names them. */
  needsLawyer?: boolean
}

const CASE_DESK: readonly Role[] = ['clerk', 'reviewer', 'director', 'admin']
const BEFORE_DECISION: readonly CaseStatus[] = ['registered', 'awaiting-materials', 'reviewing']

/** The types documents:issue serves; the others ('ledger') come from the subsidy ledger only. */
export const ISSUE_RULES: Readonly<Record<DocType, IssueRule | 'ledger'>> = {
  'acceptance-receipt': { issuers: CASE_DESK, states: BEFORE_DECISION },
  'supplement-notice': { issuers: CASE_DESK, states: ['awaiting-materials'], after: ['request-materials'] },
  'hardship-declaration': { issuers: CASE_DESK, states: BEFORE_DECISION },
  'grant-decision': {
    issuers: CASE_DESK,
    states: ['granted', 'assigned', 'handling', 'closed', 'archived'],
    after: ['decide-grant', 'objection-upheld'],
  },
  'refusal-decision': { issuers: CASE_DESK, states: ['refused', 'objection'], after: ['decide-refuse'] },
  'assignment-notice': { issuers: CASE_DESK, states: ['assigned', 'handling'], needsLawyer: true },
  'official-letter': { issuers: CASE_DESK, states: ['assigned', 'handling'], needsLawyer: true },
  'termination-decision': { issuers: CASE_DESK, states: ['terminated'], after: ['terminate'] },
  'subsidy-approval': { issuers: ['clerk', 'director', 'finance', 'admin'], states: ['closed', 'archived', 'terminated'] },
  'subsidy-voucher': 'ledger',
  'payment-list': 'ledger',
}

/** What the rule needs to know about the case. */
export interface IssueFacts {
  status: CaseStatus
  /** Steps the case has taken (its transition history). */
  steps: ReadonlySet<string>
  hasLawyer: boolean
}

export type IssueRefusal = { code: 'PERMISSION' | 'POLICY_VIOLATION'; message: string }

/**
 * Why this user may not issue this type for this case now, in Chinese, naming what is missing;
 * null when they may. `roles` null: an internal caller (the role check is the channel's).
 */
export function issueRefusal(type: DocType, roles: readonly Role[] | null, facts: IssueFacts | null): IssueRefusal | null {
  const rule = ISSUE_RULES[type]
  const title = `「${docTypeInfo(type).label}」`
  if (rule === 'ledger') {
    return { code: 'POLICY_VIOLATION', message: `${title}只能由财务在「补贴发放批次」中开具（收款人和审批人取自补贴台账），不能在此单独开具` }
  }
  if (roles !== null && !roles.some((r) => rule.issuers.includes(r))) {
    const yours = roles.length ? roles.map(roleLabel).join('、') : '无角色'
    return { code: 'PERMISSION', message: `您的角色（${yours}）不能开具${title}；可开具的角色：${rule.issuers.map(roleLabel).join('、')}` }
  }
  if (!facts) return null
  if (rule.after && !rule.after.some((a) => facts.steps.has(a))) {
    return {
      code: 'POLICY_VIOLATION',
      message: `${title}须在「${rule.after.map(actionLabel).join('」或「')}」之后开具：本案尚未办理这一步（当前状态：${statusLabel(facts.status)}）`,
    }
  }
  if (!rule.states.includes(facts.status)) {
    return {
      code: 'POLICY_VIOLATION',
      message: `本案当前状态为「${statusLabel(facts.status)}」，不能开具${title}；可开具的状态：${rule.states.map(statusLabel).join('、')}`,
    }
  }
  if (rule.needsLawyer && !facts.hasLawyer) {
    return { code: 'POLICY_VIOLATION', message: `${title}须写明承办的法律援助人员：本案尚未指派，请先在「指派」中指派` }
  }
  return null
}

/** The types this user may issue for a case now (what the documents panel offers). */
export function issuableTypes(roles: readonly Role[] | null, facts: IssueFacts): DocType[] {
  return (Object.keys(ISSUE_RULES) as DocType[]).filter((t) => issueRefusal(t, roles, facts) === null)
}
