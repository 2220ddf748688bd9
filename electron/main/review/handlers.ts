/** Handlers of the review channels (shared/review/contract.ts). */
import type { REVIEW_CONTRACT } from '../../../shared/review/contract'
import type { HandlersOf } from '../ipc/types'
import type { ServiceContext } from '../context'
import { assessReview, getReview, saveReview } from './review-service'

export function reviewHandlers(ctx: ServiceContext): HandlersOf<typeof REVIEW_CONTRACT> {
  return {
    'review:get': async (input) => getReview(ctx, input.caseId),
    'review:save': async (input, req) => saveReview(ctx, input, req.actor),
    'review:assess': async (input) => assessReview(ctx, input.caseId, input.evidence),
  }
}
