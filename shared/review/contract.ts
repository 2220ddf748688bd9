/** The channels of the hardship review (经济困难审查): each declared once, with its input schema, answer type, access and process (shared/ipc/define.ts). */
import { channel, CASE_WORK } from '../ipc/define'
import { CaseIdInput } from '../cases/schema'
import type { ReviewAssessment, ReviewDto } from './dto'
import { ReviewAssessInput, ReviewSaveInput } from './schema'

export const REVIEW_CONTRACT = {
  'review:get': channel<typeof CaseIdInput, ReviewDto>(CaseIdInput, CASE_WORK),
  'review:save': channel<typeof ReviewSaveInput, ReviewDto>(ReviewSaveInput, ['reviewer', 'director', 'admin']),
  'review:assess': channel<typeof ReviewAssessInput, ReviewAssessment>(ReviewAssessInput, CASE_WORK),
}
