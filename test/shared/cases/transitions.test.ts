import { describe, expect, it } from 'vitest'
import type { CaseStatus } from '../../../shared/domain/enums'
import {
  STATUS_CODES,
  TERMINAL_STATUSES,
  TRANSITIONS,
  WORKFLOW_ACTION_CODES,
  availableActions,
  checkTransition,
  engineDecisionOf,
  type CaseFacts,
  type WorkflowAction,
} from '../../../shared/cases/transitions'

/**
 * The state machine as the brief describes it, written out by hand (independently of the
 * table in transitions.ts): action → statuses it may start from, and the status it leads to.
 */
const EXPECTED: Record<WorkflowAction, { from: CaseStatus[]; to: CaseStatus | 'same' }> = {
  'start-review': { from: ['registered'], to: 'reviewing' },
  'request-materials': { from: ['registered', 'reviewing'], to: 'awaiting-materials' },
  'receive-materials': { from: ['awaiting-materials'], to: 'reviewing' },
  'decide-grant': { from: ['reviewing'], to: 'granted' },
  'decide-refuse': { from: ['reviewing'], to: 'refused' },
  object: { from: ['refused'], to: 'objection' },
  'objection-upheld': { from: ['objection'], to: 'granted' },
  'objection-rejected': { from: ['objection'], to: 'refused' },
  assign: { from: ['registered', 'granted'], to: 'assigned' },
  'change-lawyer': { from: ['assigned', 'handling'], to: 'same' },
  'start-handling': { from: ['assigned'], to: 'handling' },
  'report-concluded': { from: ['handling'], to: 'same' },
  close: { from: ['handling'], to: 'closed' },
  archive: { from: ['closed'], to: 'archived' },
  terminate: { from: ['granted', 'assigned', 'handling'], to: 'terminated' },
  withdraw: { from: ['registered', 'awaiting-materials', 'reviewing'], to: 'withdrawn' },
  'complete-papers': { from: ['registered', 'awaiting-materials', 'reviewing', 'granted', 'assigned', 'handling', 'closed'], to: 'same' },
}

/** Facts under which every guard passes, so only the status decides. */
function permissive(status: CaseStatus, action: WorkflowAction): CaseFacts {
  return {
    status,
    channel: 'window',
    acceptFirst: true,
    owedPapersOutstanding: 1,
    hasEngineSnapshot: true,
    engineDecision: action === 'decide-refuse' ? 'refuse' : 'grant',
    engineProvisional: false,
    hasActiveAssignment: true,
  }
}

const matrix = STATUS_CODES.flatMap((status) => WORKFLOW_ACTION_CODES.map((action) => ({ status, action })))

describe('transition table', () => {
  it('has one entry per action, and matches the hand-written workflow', () => {
    expect(TRANSITIONS.map((t) => t.action).sort()).toEqual([...WORKFLOW_ACTION_CODES].sort())
    for (const t of TRANSITIONS) {
      expect([...t.from].sort(), t.action).toEqual([...EXPECTED[t.action].from].sort())
      expect(t.to, t.action).toBe(EXPECTED[t.action].to)
      expect(t.roles.length, `${t.action} has roles`).toBeGreaterThan(0)
    }
  })

  it('covers every status × action pair (12 × 17)', () => {
    expect(matrix.length).toBe(STATUS_CODES.length * WORKFLOW_ACTION_CODES.length)
    expect(STATUS_CODES.length).toBe(12)
  })

  it.each(matrix)('$status × $action', ({ status, action }) => {
    const r = checkTransition(permissive(status, action), action, {})
    const exp = EXPECTED[action]
    if (exp.from.includes(status)) {
      expect(r.ok).toBe(true)
      if (r.ok) expect(r.to).toBe(exp.to === 'same' ? status : exp.to)
    } else {
      expect(r.ok).toBe(false)
      if (!r.ok) {
        expect(r.code).toBe('CONFLICT')
        expect(r.message).toContain('不能')
      }
    }
  })

  it('leaves nothing to do on a terminal case', () => {
    for (const status of TERMINAL_STATUSES) {
      expect(availableActions({ ...permissive(status, 'assign'), acceptFirst: false })).toEqual([])
    }
  })
})

describe('guards', () => {
  const app = (status: CaseStatus, over: Partial<CaseFacts> = {}): CaseFacts => ({
    status,
    channel: 'window',
    acceptFirst: false,
    owedPapersOutstanding: 0,
    hasEngineSnapshot: true,
    engineDecision: 'grant',
    engineProvisional: false,
    hasActiveAssignment: false,
    ...over,
  })

  it('notification cases skip the economic review and go straight to assignment', () => {
    const f = app('registered', { channel: 'notification', hasEngineSnapshot: false, engineDecision: null })
    for (const action of ['start-review', 'request-materials'] as const) {
      const r = checkTransition(f, action)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.code).toBe('POLICY_VIOLATION')
    }
    const a = checkTransition(f, 'assign')
    expect(a.ok && a.to).toBe('assigned')
    expect(availableActions(f).map((x) => x.action)).toEqual(['assign', 'withdraw'])
  })

  it('an application cannot be assigned before a grant, unless accepted first (urgent)', () => {
    const r = checkTransition(app('registered'), 'assign')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.code).toBe('POLICY_VIOLATION')
    expect(checkTransition(app('registered', { acceptFirst: true }), 'assign').ok).toBe(true)
    expect(checkTransition(app('granted'), 'assign').ok).toBe(true)
  })

  it('a decision needs the stored engine result', () => {
    const r = checkTransition(app('reviewing', { hasEngineSnapshot: false, engineDecision: null }), 'decide-grant')
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.code).toBe('POLICY_VIOLATION')
      expect(r.message).toContain('审查意见')
    }
  })

  it('a decision against the engine needs a written reason', () => {
    const f = app('reviewing', { engineDecision: 'refuse' })
    const bare = checkTransition(f, 'decide-grant')
    expect(bare.ok).toBe(false)
    if (!bare.ok) expect(bare.code).toBe('POLICY_VIOLATION')
    expect(checkTransition(f, 'decide-grant', { overrideReason: '   ' }).ok).toBe(false)
    expect(checkTransition(f, 'decide-grant', { overrideReason: '申请人突发重病，家庭支出剧增' }).ok).toBe(true)
    expect(checkTransition(f, 'decide-refuse').ok).toBe(true)
  })

  it('a provisional or neither-way engine result needs a reason for either decision', () => {
    for (const over of [{ engineProvisional: true }, { engineDecision: null }] as Partial<CaseFacts>[]) {
      const f = app('reviewing', over)
      expect(checkTransition(f, 'decide-grant').ok).toBe(false)
      expect(checkTransition(f, 'decide-refuse').ok).toBe(false)
      expect(checkTransition(f, 'decide-refuse', { overrideReason: '补充材料后核实' }).ok).toBe(true)
    }
  })

  it('a change of lawyer needs a lawyer in place; papers can only be completed while owed', () => {
    const c = checkTransition(app('assigned'), 'change-lawyer')
    expect(!c.ok && c.code).toBe('CONFLICT')
    expect(checkTransition(app('assigned', { hasActiveAssignment: true }), 'change-lawyer').ok).toBe(true)
    const notFirst = checkTransition(app('reviewing'), 'complete-papers')
    expect(!notFirst.ok && notFirst.code).toBe('POLICY_VIOLATION')
    const none = checkTransition(app('reviewing', { acceptFirst: true }), 'complete-papers')
    expect(!none.ok && none.code).toBe('CONFLICT')
    expect(checkTransition(app('reviewing', { acceptFirst: true, owedPapersOutstanding: 2 }), 'complete-papers').ok).toBe(true)
  })

  it('maps engine outcomes to the decision they point to', () => {
    expect(engineDecisionOf('eligible')).toBe('grant')
    expect(engineDecisionOf('mandatory-appointment')).toBe('grant')
    expect(engineDecisionOf('ineligible')).toBe('refuse')
    expect(engineDecisionOf('drafting-only')).toBeNull()
  })
})
