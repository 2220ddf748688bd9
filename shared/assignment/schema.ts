/** Inputs of the assignment channels (指派). */
import { z } from 'zod'
import { optionalLocalDate, optionalText, recordId, strict } from '../fields'

// ---------------------------------------------------------------------------------------
// Assignment and deadlines

const assignmentCommon = {
  caseId: recordId('案件编号'),
  /** 点援制: the lawyer the applicant asked for. */
  applicantChoiceLawyerId: recordId('申请人选择的律师').optional(),
  /** Language the applicant needs (overrides the hint from ethnicity). */
  language: z.string().trim().max(16, '语言代码无效').optional(),
  relatedCaseIds: z.array(recordId('关联案件编号'), { error: '关联案件应为列表' }).max(20, '关联案件最多20件').default([]),
}

export const AssignmentSuggestInput = strict({
  ...assignmentCommon,
  limit: z.number({ error: '条数应为数字' }).int('条数应为整数').min(1, '至少1条').max(100, '最多100条').default(10),
})

export const AssignmentAssignInput = strict({
  ...assignmentCommon,
  lawyerId: recordId('法律援助人员'),
  on: optionalLocalDate('指派日期'),
  /** Required when the lawyer is not the first suggestion. */
  overrideReason: optionalText('未采用首位推荐的理由', 1000),
  /** Required when the case already has a lawyer (更换). */
  changeReason: optionalText('更换理由', 1000),
})
export type AssignmentAssignInputIn = z.input<typeof AssignmentAssignInput>
