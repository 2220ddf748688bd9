import type { RequestContext } from '../../../electron/main/ipc/types'
import type { QualityState } from '../../../shared/quality/dto'
import type { SubsidyState, VoucherJobStatus } from '../../../shared/subsidy/dto'
import type { TestServices } from '../../kit/services'
import { CLERK_A, call, notificationCase, register, transition, value } from '../cases/helpers'

export { CLERK_A, call, value }
export const DIRECTOR: RequestContext = { actor: '赵主任', via: 'electron', roles: ['director'] }
export const FINANCE: RequestContext = { actor: '钱会计', via: 'electron', roles: ['finance'] }
export const REVIEWER: RequestContext = { actor: '孙评查', via: 'electron', roles: ['reviewer'] }

/** Scores of the default rubric giving a known total (item maxima 20/25/20/15/20). */
export function scoresFor(total: 'excellent' | 'good' | 'pass' | 'fail'): Record<string, number> {
  switch (total) {
    case 'excellent':
      return { 'file-complete': 19, procedure: 24, documents: 19, court: 14, effect: 19 } // 95
    case 'good':
      return { 'file-complete': 17, procedure: 21, documents: 17, court: 12, effect: 17 } // 84
    case 'pass':
      return { 'file-complete': 14, procedure: 17, documents: 14, court: 10, effect: 15 } // 70
    case 'fail':
      return { 'file-complete': 10, procedure: 10, documents: 10, court: 10, effect: 10 } // 50
  }
}

export const ALL_CRIMINAL_JUDGMENT_ITEMS = ['closing-report', 'agreement', 'aid-letter', 'meeting-records', 'file-reading-records', 'pleading', 'outcome-document'].map((code) => ({ code, done: true }))

/** A notification (通知辩护) case assigned, handled and concluded with a judgment. */
export async function concludedCase(s: TestServices, lawyerId: string, dates: { received: string; assigned: string; handling: string; concluded: string }, name = '巴特尔'): Promise<string> {
  const c = await register(s, notificationCase({ receivedOn: dates.received, name }))
  value(await call(s, 'assignment:assign', { caseId: c.id, lawyerId, on: dates.assigned }))
  value(await transition(s, { caseId: c.id, action: 'start-handling', on: dates.handling }))
  value(await call(s, 'handling:add-event', { caseId: c.id, kind: 'meeting', on: dates.handling, summary: '在看守所会见被告人，告知权利义务' }))
  value(await call(s, 'handling:conclude', { caseId: c.id, concludedOn: dates.concluded, outcome: 'judgment', outcomeNote: '一审判决' }))
  return c.id
}

export async function closeAndReview(s: TestServices, caseId: string, closedOn: string, grade: 'excellent' | 'good' | 'pass' | 'fail', reviewedOn = closedOn): Promise<QualityState> {
  value(await call(s, 'handling:close', { caseId, materialsSubmittedOn: closedOn, items: ALL_CRIMINAL_JUDGMENT_ITEMS }))
  return value(await call(s, 'quality:review-save', { caseId, reviewedOn, scores: scoresFor(grade), judicialOpinion: '法院认为辩护意见有理有据' }, REVIEWER))
}

export async function computeAndApprove(s: TestServices, caseId: string): Promise<SubsidyState> {
  const st = value(await call(s, 'subsidy:compute', { caseId, kind: 'criminal', stagesCovered: 1, stagesTotal: 1 }))
  value(await call(s, 'subsidy:approve', { claimId: st.claims[0]!.id }, DIRECTOR))
  return value(await call(s, 'subsidy:get', { caseId }))
}

export async function waitForVouchers(s: TestServices, batchId: string): Promise<VoucherJobStatus> {
  let job = value(await call(s, 'subsidy-batch:vouchers-start', { batchId }, FINANCE))
  const started = Date.now()
  while (job.state === 'running') {
    if (Date.now() - started > 120_000) throw new Error('voucher job did not finish')
    await new Promise((r) => setTimeout(r, 20))
    job = value(await call(s, 'subsidy-batch:vouchers-status', { jobId: job.jobId }, FINANCE))
  }
  return job
}
