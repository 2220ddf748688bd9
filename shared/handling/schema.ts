/**
 * Inputs of the handling, closing, archive, quality, follow-up and complaint channels.
 * Strict objects, length caps, Chinese messages that say what to fix. Rules that need the
 * store or the clock (dates not in the future, the case's status) are service rules.
 */
import { z } from 'zod'
import {
  CASE_OUTCOME_CODES,
  COMPLAINANT_ROLE_CODES,
  COMPLAINT_CHANNEL_CODES,
  COMPLAINT_OUTCOME_CODES,
  FOLLOW_UP_CHANNEL_CODES,
  HANDLING_EVENT_KIND_CODES,
  SATISFACTION_CODES,
} from './labels'
import { localDate, optionalLocalDate, optionalText, recordId, requiredText, strict } from '../fields'

const caseId = recordId('案件编号')

export const HandlingCaseInput = strict({ caseId })

export const HandlingEventInput = strict({
  caseId,
  kind: z.enum(HANDLING_EVENT_KIND_CODES, { error: '请选择办案活动类型（会见、阅卷、调查取证、出庭、调解、判决等）' }),
  on: localDate('活动日期'),
  summary: requiredText('活动情况', 2000),
})

export const ConcludeInput = strict({
  caseId,
  concludedOn: localDate('办结日期'),
  outcome: z.enum(CASE_OUTCOME_CODES, { error: '请选择结案方式（判决、调解、撤诉、和解、非诉讼解决、其他）' }),
  outcomeNote: optionalText('结果说明', 1000),
})

const checklistEntry = strict({
  code: z.string({ error: '缺少材料项目' }).trim().min(1, '缺少材料项目').max(40, '材料项目代码过长'),
  done: z.boolean({ error: '请选择是否已提交' }),
  note: optionalText('材料备注', 200),
})
const checklist = z.array(checklistEntry, { error: '结案材料清单应为列表' }).max(30, '结案材料清单最多30项')

export const ChecklistSaveInput = strict({ caseId, items: checklist })

export const CloseInput = strict({
  caseId,
  materialsSubmittedOn: localDate('结案材料提交日期'),
  items: checklist.optional(),
  summary: optionalText('结案情况', 2000),
})

export const ArchiveInput = strict({
  caseId,
  on: optionalLocalDate('归档日期'),
  location: optionalText('案卷存放位置', 100),
})

// ---- quality ----

const points = (label: string) => z.number({ error: `${label}应为整数` }).int(`${label}应为整数`).min(0, `${label}不能为负数`).max(100, `${label}不能超过100分`)

export const RubricSaveInput = strict({
  items: z
    .array(
      strict({
        code: z.string({ error: '请填写项目代码' }).trim().regex(/^[a-z0-9-]{1,40}$/, '项目代码只能由小写字母、数字和连字符组成（最多40个字符）'),
        label: requiredText('评查项目名称', 100),
        maxPoints: points('项目满分').min(1, '项目满分至少1分'),
      }),
      { error: '评查项目应为列表' },
    )
    .min(1, '请至少填写一个评查项目')
    .max(30, '评查项目最多30项'),
  thresholds: strict({ excellent: points('优秀分数线'), good: points('良好分数线'), pass: points('合格分数线') }),
  source: requiredText('依据（文件名称或中心决定）', 200),
  effectiveFrom: localDate('生效日期'),
})

export const RubricGetInput = strict({ on: optionalLocalDate('日期') })

export const QualityReviewInput = strict({
  caseId,
  reviewedOn: localDate('评查日期'),
  scores: z.record(z.string().max(40, '项目代码过长'), points('得分'), { error: '请为各评查项目打分' }).refine((r) => Object.keys(r).length <= 30, '评查项目最多30项'),
  courtAttendance: optionalText('出庭情况', 1000),
  judicialOpinion: optionalText('办案机关意见', 1000),
  peerReview: optionalText('同行评议', 1000),
  comments: optionalText('评查意见', 2000),
})

export const FollowUpInput = strict({
  caseId,
  visitedOn: localDate('回访日期'),
  channel: z.enum(FOLLOW_UP_CHANNEL_CODES, { error: '请选择回访方式' }),
  satisfaction: z.enum(SATISFACTION_CODES, { error: '请选择受援人满意度' }),
  notes: optionalText('回访记录', 2000),
})

export const ComplaintAddInput = strict({
  caseId,
  receivedOn: localDate('投诉日期'),
  channel: z.enum(COMPLAINT_CHANNEL_CODES, { error: '请选择投诉渠道' }),
  complainantRole: z.enum(COMPLAINANT_ROLE_CODES, { error: '请选择投诉人身份' }),
  content: requiredText('投诉内容', 2000),
})

export const ComplaintUpdateInput = z.discriminatedUnion(
  'step',
  [
    strict({ id: recordId('投诉编号'), step: z.literal('investigate'), investigation: requiredText('调查情况', 2000) }),
    strict({
      id: recordId('投诉编号'),
      step: z.literal('conclude'),
      outcome: z.enum(COMPLAINT_OUTCOME_CODES, { error: '请选择调查结论' }),
      outcomeNote: requiredText('处理结果', 2000),
      actionTaken: optionalText('对承办人员的处理措施', 1000),
      concludedOn: localDate('处理日期'),
    }),
    strict({ id: recordId('投诉编号'), step: z.literal('reply'), reply: requiredText('答复内容', 2000), repliedOn: localDate('答复日期') }),
  ],
  { error: '请选择投诉处理步骤：调查、处理结果或答复' },
)
export type ComplaintUpdateOut = z.output<typeof ComplaintUpdateInput>

export const ComplaintListInput = strict({ caseId: recordId('案件编号').optional(), lawyerId: recordId('律师编号').optional(), openOnly: z.boolean({ error: '应为是或否' }).optional() })
