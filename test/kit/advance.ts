/**
 * Takes a registered case to a state through the real channels, the way the screens do: review
 * with a low-income certificate, the director's decision, a lawyer assigned, handling started,
 * termination. For tests that need a case in a state (documents, subsidies), not a test of the
 * workflow itself (test/electron/cases/).
 */
import type { RequestContext } from '../../electron/main/ipc/types'
import type { Channel, Input } from '../../shared/ipc/contract'
import { value } from './call'
import type { TestServices } from './services'

export const CLERK_R: RequestContext = { actor: '测试受理员', via: 'electron', roles: ['clerk'] }
export const DIRECTOR_R: RequestContext = { actor: '测试负责人', via: 'electron', roles: ['director'] }
export const REVIEWER_R: RequestContext = { actor: '测试审查员', via: 'electron', roles: ['reviewer'] }

export type Reachable = 'awaiting-materials' | 'reviewing' | 'granted' | 'refused' | 'assigned' | 'handling' | 'terminated'

async function call<K extends Channel>(s: TestServices, channel: K, input: Input<K>, req: RequestContext): Promise<unknown> {
  return value(await s.dispatch(channel, input, req))
}

const step = (s: TestServices, input: Input<'workflow:transition'>, req: RequestContext = CLERK_R) => call(s, 'workflow:transition', input, req)

/** A lawyer on the roster (one per store), for assignments. */
export async function rosterLawyer(s: TestServices): Promise<string> {
  const existing = s.ctx.store.sqlite.prepare(`SELECT id FROM lawyer WHERE name = '测试律师'`).get() as { id: string } | undefined
  if (existing) return existing.id
  const admin: RequestContext = { actor: '测试管理员', via: 'electron', roles: ['admin'] }
  const found = s.ctx.store.sqlite.prepare(`SELECT id FROM firm WHERE name = '内蒙古测试律师事务所'`).get() as { id: string } | undefined
  const firm = found?.id ?? (value(await s.dispatch('firm:save', { name: '内蒙古测试律师事务所', kind: 'law-firm', address: '呼和浩特市赛罕区某路8号', contactName: '前台', contactPhone: '0471-5551234' }, admin)) as { id: string }).id
  const lawyer = value(
    await s.dispatch(
      'lawyer:save',
      { name: '测试律师', kind: 'lawyer', firmId: firm, licenceNo: '11501201010009', practiceStart: '2010-05-01', phone: '13947100009', specialties: ['criminal', 'labor'], languages: ['zh'], maxOpenCases: 500 },
      admin,
    ),
  ) as { id: string }
  return lawyer.id
}

async function review(s: TestServices, caseId: string, opinion: 'grant' | 'refuse'): Promise<void> {
  await call(
    s,
    'review:save',
    {
      caseId,
      evidence: { basis: 'certificates', certificates: ['low-income-allowance'] },
      opinion,
      opinionText: opinion === 'grant' ? '持低保证，免予核查' : '申请事项不属于法律援助范围',
    },
    REVIEWER_R,
  )
}

const statusOf = (s: TestServices, caseId: string) =>
  s.ctx.store.sqlite.prepare('SELECT status, channel FROM legal_case WHERE id = ?').get(caseId) as { status: string; channel: string }

/**
 * Takes the case from where it is to `to`, one real step at a time. A notified case (通知辩护/代理)
 * goes to assignment directly; an application is reviewed and decided first.
 */
export async function advanceCase(s: TestServices, caseId: string, to: Reachable): Promise<void> {
  for (let guard = 0; guard < 10; guard++) {
    const { status, channel } = statusOf(s, caseId)
    if (status === to) return
    const notified = channel === 'notification'
    const wantsLawyer = to === 'assigned' || to === 'handling' || (to === 'terminated' && notified)
    switch (status) {
      case 'registered':
        if (to === 'awaiting-materials') await step(s, { caseId, action: 'request-materials', items: ['户口簿复印件'], dueOn: '2026-12-10' })
        else if (notified && wantsLawyer) await call(s, 'assignment:assign', { caseId, lawyerId: await rosterLawyer(s), overrideReason: '测试指派' }, CLERK_R)
        else await step(s, { caseId, action: 'start-review' })
        break
      case 'awaiting-materials':
        await step(s, { caseId, action: 'receive-materials' })
        break
      case 'reviewing':
        if (to === 'refused') {
          await review(s, caseId, 'refuse')
          await step(s, { caseId, action: 'decide-refuse', reasons: '申请事项不属于法律援助范围', overrideReason: '经核实，申请事项不属于法律援助范围' }, DIRECTOR_R)
        } else {
          await review(s, caseId, 'grant')
          await step(s, { caseId, action: 'decide-grant' }, DIRECTOR_R)
        }
        break
      case 'granted':
      case 'assigned':
      case 'handling':
        if (to === 'terminated') await step(s, { caseId, action: 'terminate', ground: 'no-longer-eligible-economically', reason: '受援人经济状况好转' }, DIRECTOR_R)
        else if (status === 'granted') await call(s, 'assignment:assign', { caseId, lawyerId: await rosterLawyer(s), overrideReason: '测试指派' }, CLERK_R)
        else if (status === 'assigned' && to === 'handling') await step(s, { caseId, action: 'start-handling' })
        else throw new Error(`advanceCase: no way from ${status} to ${to}`)
        break
      default:
        throw new Error(`advanceCase: no way from ${status} to ${to}`)
    }
  }
  throw new Error(`advanceCase: ${to} not reached`)
}
