import { makeResidentId, validApplication, type TestServices } from '../../kit/services'
import type { RequestContext } from '../../../electron/main/ipc/types'
import type { CreatedApplication } from '../../../shared/intake/dto'
import type { Result } from '../../../shared/ipc/result'
import type { Channel } from '../../../shared/ipc/channels'
import type { Input, Output } from '../../../shared/ipc/contract'
import { call as kitCall, failure, value } from '../../kit/call'
import type { ApplicationInputIn } from '../../../shared/intake/schema'

export const CLERK_A: RequestContext = { actor: '受理员甲', via: 'electron' }
export const CLERK_B: RequestContext = { actor: '受理员乙', via: 'electron' }
export const DIRECTOR: RequestContext = { actor: '赵主任', via: 'electron', roles: ['director'] }

export { failure as error, value }

/** The kit's typed call, acting as 受理员甲 unless told otherwise. */
export const call = <K extends Channel>(s: TestServices, channel: K, input: Input<K>, req: RequestContext = CLERK_A): Promise<Result<Output<K>>> => kitCall(s, channel, input, req)

let seq = 200
/** A criminal notification (通知辩护) from a court. */
export function notificationCase(over: { receivedOn?: string; birth?: string; possibleSentence?: 'life' | 'death' | 'other'; name?: string; opposingParty?: string } = {}): ApplicationInputIn {
  const receivedOn = over.receivedOn ?? '2026-11-20'
  const idNumber = makeResidentId(over.birth ?? '19850610', seq++)
  const base = validApplication({ idNumber, receivedOn, name: over.name ?? '巴特尔' })
  return {
    ...base,
    applicant: { ...base.applicant, ethnicity: '02', specialGroups: [] },
    case: {
      caseType: 'criminal',
      matter: 'criminal-defence',
      criminalRole: 'defendant',
      criminalStage: 'trial',
      possibleSentence: over.possibleSentence ?? 'other',
      cause: '故意伤害罪',
      facts: '被告人涉嫌故意伤害，人民法院通知指派辩护律师。',
      ...(over.opposingParty ? { opposingParty: over.opposingParty } : {}),
    },
    intake: {
      channel: 'notification',
      receivedOn,
      notice: { organKind: 'court', organName: '呼和浩特市中级人民法院', noticeNumber: `（2026）内01刑初${seq}号`, noticeDate: receivedOn },
      urgent: true,
      acceptFirst: false,
    },
  }
}

/** A civil application by the person. */
export function civilApplication(over: { receivedOn?: string; name?: string; opposingParty?: string; migrant?: boolean; birth?: string } = {}): ApplicationInputIn {
  const base = validApplication({ idNumber: makeResidentId(over.birth ?? '19800315', seq++), receivedOn: over.receivedOn ?? '2026-11-16', name: over.name ?? '王芳', opposingParty: over.opposingParty ?? '某建筑工程有限公司' })
  return { ...base, applicant: { ...base.applicant, specialGroups: over.migrant === false ? [] : ['migrant-worker'] } }
}

export async function register(s: TestServices, input: ApplicationInputIn, req: RequestContext = CLERK_A): Promise<CreatedApplication> {
  return value(await call(s, 'application:create', input, req))
}

export async function transition(s: TestServices, input: Input<'workflow:transition'>, req: RequestContext = CLERK_A) {
  return call(s, 'workflow:transition', input, req)
}

export async function addFirm(s: TestServices, name = '内蒙古某律师事务所'): Promise<string> {
  return value(await call(s, 'firm:save', { name, kind: 'law-firm', contactName: '前台', contactPhone: '0471-5551234' })).id
}

export async function addLawyer(s: TestServices, fields: Omit<Input<'lawyer:save'>, 'maxOpenCases'> & { maxOpenCases?: number }): Promise<string> {
  return value(await call(s, 'lawyer:save', { languages: ['zh'], maxOpenCases: 10, ...fields })).id
}

export function rows(s: TestServices, sql: string, ...params: unknown[]): any[] {
  return s.ctx.store.sqlite.prepare(sql).all(...params)
}
