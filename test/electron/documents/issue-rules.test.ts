/**
 * Who may issue which document, in which state of the case (shared/documents/rules.ts, enforced
 * in electron/main/documents/issue-rules.ts). The expected table below is written out by hand
 * from the workflow: it is the specification, not a copy of the rules module.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkIssueRule } from '../../../electron/main/documents/issue-rules'
import { loadCase } from '../../../electron/main/cases/case-record'
import type { RequestContext } from '../../../electron/main/ipc/types'
import type { DocType, IssueDocumentInputIn } from '../../../shared/documents/schema'
import type { Role } from '../../../shared/domain/roles'
import { AppError } from '../../../shared/ipc/result'
import { advanceCase, type Reachable } from '../../kit/advance'
import { failure, value } from '../../kit/call'
import { makeTestServices, type TestServices } from '../../kit/services'
import { makeResidentId, registerCase } from './helpers'

type State = 'registered' | Reachable
const STATES: State[] = ['registered', 'awaiting-materials', 'reviewing', 'granted', 'refused', 'assigned', 'handling', 'terminated']

/** Where each type may be issued (the rest of STATES must be refused). */
const ALLOWED: Record<Exclude<DocType, 'subsidy-voucher' | 'payment-list'>, State[]> = {
  'acceptance-receipt': ['registered', 'awaiting-materials', 'reviewing'],
  'supplement-notice': ['awaiting-materials'],
  'hardship-declaration': ['registered', 'awaiting-materials', 'reviewing'],
  'grant-decision': ['granted', 'assigned', 'handling'],
  'refusal-decision': ['refused'],
  'assignment-notice': ['assigned', 'handling'],
  'official-letter': ['assigned', 'handling'],
  'termination-decision': ['terminated'],
  'subsidy-approval': ['terminated'],
}
const TYPES = Object.keys(ALLOWED) as (keyof typeof ALLOWED)[]

let s: TestServices
const caseIn = new Map<State, string>()

beforeAll(async () => {
  s = await makeTestServices()
  for (const [i, state] of STATES.entries()) {
    const c = await registerCase(s, { name: `状态${i}`, idNumber: makeResidentId('19800315', 300 + i) })
    if (state !== 'registered') await advanceCase(s, c.id, state)
    caseIn.set(state, c.id)
  }
}, 120_000)

afterAll(async () => {
  await s.dispose()
})

async function refusal(type: DocType, state: State, roles: readonly Role[] | null): Promise<AppError | null> {
  const c = await loadCase(s.ctx.db, caseIn.get(state)!)
  try {
    await checkIssueRule(s.ctx.db, type, roles, c)
    return null
  } catch (e) {
    if (e instanceof AppError) return e
    throw e
  }
}

describe('documents are issued only in the states their step allows', () => {
  for (const type of TYPES) {
    for (const state of STATES) {
      const allowed = ALLOWED[type].includes(state)
      it(`${type} in ${state}: ${allowed ? 'allowed' : 'refused'}`, async () => {
        const r = await refusal(type, state, type === 'subsidy-approval' ? ['finance'] : ['clerk'])
        if (allowed) expect(r).toBeNull()
        else {
          expect(r?.code).toBe('POLICY_VIOLATION')
          expect(r?.message).toMatch(/须在「.+」之后开具|当前状态为「.+」，不能开具|尚未指派/)
        }
      })
    }
  }
})

describe('documents are issued only by the roles that issue them', () => {
  const issuers: Record<keyof typeof ALLOWED, Role[]> = {
    'acceptance-receipt': ['clerk', 'reviewer', 'director', 'admin'],
    'supplement-notice': ['clerk', 'reviewer', 'director', 'admin'],
    'hardship-declaration': ['clerk', 'reviewer', 'director', 'admin'],
    'grant-decision': ['clerk', 'reviewer', 'director', 'admin'],
    'refusal-decision': ['clerk', 'reviewer', 'director', 'admin'],
    'assignment-notice': ['clerk', 'reviewer', 'director', 'admin'],
    'official-letter': ['clerk', 'reviewer', 'director', 'admin'],
    'termination-decision': ['clerk', 'reviewer', 'director', 'admin'],
    'subsidy-approval': ['clerk', 'director', 'finance', 'admin'],
  }
  const ROLES: Role[] = ['clerk', 'reviewer', 'director', 'finance', 'admin']
  for (const type of TYPES) {
    for (const role of ROLES) {
      const may = issuers[type].includes(role)
      it(`${type} by ${role}: ${may ? 'allowed' : 'refused'}`, async () => {
        const r = await refusal(type, ALLOWED[type][0]!, [role])
        if (may) expect(r).toBeNull()
        else {
          expect(r?.code).toBe('PERMISSION')
          expect(r?.message).toContain('不能开具')
        }
      })
    }
  }
})

describe('over the channel, a refusal names the missing step and uses no number', () => {
  const counterSum = () => (s.ctx.store.sqlite.prepare('SELECT coalesce(sum(last_seq), 0) AS n FROM doc_counter').get() as { n: number }).n
  const documents = () => (s.ctx.store.sqlite.prepare('SELECT count(*) AS n FROM issued_document').get() as { n: number }).n
  const as = (roles: Role[]): RequestContext => ({ actor: '测试用户', via: 'web', roles })

  it('a finance user cannot issue a grant decision, and neither can anyone on a case still registered', async () => {
    const before = [counterSum(), documents()]
    const input: IssueDocumentInputIn = { type: 'grant-decision', caseId: caseIn.get('registered')!, extra: { findings: '申请事项属于法律援助范围', aidForm: '民事诉讼代理' } }
    const byFinance = failure(await s.dispatch('documents:issue', input, as(['finance'])))
    expect(byFinance.code).toBe('PERMISSION')
    expect(byFinance.message).toBe('您的角色（财务）不能开具「给予法律援助决定书」；可开具的角色：受理员、审查员、负责人、管理员')
    const byDirector = failure(await s.dispatch('documents:issue', input, as(['director'])))
    expect(byDirector.code).toBe('POLICY_VIOLATION')
    expect(byDirector.message).toContain('须在「决定给予法律援助」')
    expect(byDirector.message).toContain('当前状态：已受理')
    expect([counterSum(), documents()]).toEqual(before)
  })

  it('an assignment notice needs the assignment first', async () => {
    const r = failure(
      await s.dispatch('documents:issue', { type: 'assignment-notice', caseId: caseIn.get('granted')!, extra: { aidForm: '民事诉讼代理' } }, as(['clerk'])),
    )
    expect(r.code).toBe('POLICY_VIOLATION')
    expect(r.message).toContain('给予援助')
  })

  it('vouchers and payment lists are refused for every role: they come from the ledger', async () => {
    const before = [counterSum(), documents()]
    for (const roles of [['clerk'], ['finance'], ['director'], ['admin']] as Role[][]) {
      const r = failure(await s.dispatch('documents:issue', { type: 'payment-list', extra: { period: '2026-11' } }, as(roles)))
      expect(r.code).toBe('POLICY_VIOLATION')
      expect(r.message).toContain('补贴发放批次')
    }
    expect([counterSum(), documents()]).toEqual(before)
  })

  it('the same clerk issues the grant decision once the director has decided', async () => {
    const r = value(await s.dispatch('documents:issue', { type: 'grant-decision', caseId: caseIn.get('granted')!, extra: { findings: '申请事项属于法律援助范围', aidForm: '民事诉讼代理' } }, as(['clerk'])))
    expect((r as { document: { docNumber: string } }).document.docNumber).toMatch(/〔2026〕\d+号$/)
  })
})
