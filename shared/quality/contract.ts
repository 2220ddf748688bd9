/** The channels of quality review, follow-up visits (回访) and complaints: each declared once, with its input schema, answer type, access and process (shared/ipc/define.ts). */
import { channel, ALL_STAFF, CASE_WORK } from '../ipc/define'
import { ComplaintAddInput, ComplaintListInput, ComplaintUpdateInput, FollowUpInput, HandlingCaseInput, QualityReviewInput, RubricGetInput, RubricSaveInput } from '../handling/schema'
import type { ComplaintDto, QualityState } from './dto'
import type { Rubric } from './quality'

export const QUALITY_CONTRACT = {
  'quality:get': channel<typeof HandlingCaseInput, QualityState>(HandlingCaseInput, ALL_STAFF),
  'quality:rubric-get': channel<typeof RubricGetInput, Rubric>(RubricGetInput, 'any-user'),
  'quality:rubric-save': channel<typeof RubricSaveInput, Rubric>(RubricSaveInput, ['director', 'admin']),
  'quality:review-save': channel<typeof QualityReviewInput, QualityState>(QualityReviewInput, ['reviewer', 'director', 'admin']),
  'followup:add': channel<typeof FollowUpInput, QualityState>(FollowUpInput, ['clerk', 'reviewer', 'director', 'admin']),
  'complaint:add': channel<typeof ComplaintAddInput, ComplaintDto>(ComplaintAddInput, ['clerk', 'reviewer', 'director', 'admin']),
  'complaint:update': channel<typeof ComplaintUpdateInput, ComplaintDto>(ComplaintUpdateInput, ['reviewer', 'director', 'admin']),
  'complaint:list': channel<typeof ComplaintListInput, ComplaintDto[]>(ComplaintListInput, CASE_WORK),
}
