/** Handlers of the quality channels (shared/quality/contract.ts). */
import type { QUALITY_CONTRACT } from '../../../shared/quality/contract'
import type { HandlersOf } from '../ipc/types'
import type { ServiceContext } from '../context'
import { addComplaint, addFollowUp, listComplaints, qualityState, rubricOn, saveQualityReview, saveRubric, updateComplaint } from './quality-service'
import { today } from '../../../shared/domain/dates'

export function qualityHandlers(ctx: ServiceContext): HandlersOf<typeof QUALITY_CONTRACT> {
  return {
    'quality:get': async (input) => qualityState(ctx, input.caseId),
    'quality:rubric-get': async (input) => rubricOn(ctx.db, (input.on ?? today(ctx.clock))),
    'quality:rubric-save': async (input, req) => saveRubric(ctx, input, req.actor),
    'quality:review-save': async (input, req) => saveQualityReview(ctx, input, req.actor),
    'followup:add': async (input, req) => addFollowUp(ctx, input, req.actor),
    'complaint:add': async (input, req) => addComplaint(ctx, input, req.actor),
    'complaint:update': async (input, req) => updateComplaint(ctx, input, req.actor),
    'complaint:list': async (input) => listComplaints(ctx, input),
  }
}
