/** Inputs of the case's state-machine channels (workflow:*). Strict objects, length caps, Chinese messages that say what to fix. */
import { z } from 'zod'
import { localDate, optionalLocalDate, optionalText, recordId, requiredText, strict, textList } from '../fields'
import { TERMINATION_GROUND_CODES } from './termination'


// ---------------------------------------------------------------------------------------
// Transitions

const base = {
  caseId: recordId('案件编号'),
  /** Business date of the event; defaults to today. Not in the future, not before receipt. */
  on: optionalLocalDate('日期'),
  note: optionalText('备注', 1000),
}

export const TransitionInput = z.discriminatedUnion(
  'action',
  [
    strict({ ...base, action: z.literal('start-review') }),
    strict({
      ...base,
      action: z.literal('request-materials'),
      items: textList('缺少的材料', 100, 30, 1),
      dueOn: localDate('补充材料期限'),
    }),
    strict({ ...base, action: z.literal('receive-materials') }),
    strict({
      ...base,
      action: z.literal('decide-grant'),
      overrideReason: optionalText('不采纳审查结论的理由', 1000),
    }),
    strict({
      ...base,
      action: z.literal('decide-refuse'),
      reasons: requiredText('不予法律援助的理由', 2000),
      overrideReason: optionalText('不采纳审查结论的理由', 1000),
    }),
    strict({ ...base, action: z.literal('object'), grounds: requiredText('异议内容', 2000), department: requiredText('受理异议的司法行政部门', 100) }),
    strict({ ...base, action: z.literal('objection-upheld'), department: requiredText('司法行政部门', 100), outcome: requiredText('审查结果', 2000) }),
    strict({ ...base, action: z.literal('objection-rejected'), department: requiredText('司法行政部门', 100), outcome: requiredText('审查结果', 2000) }),
    strict({ ...base, action: z.literal('start-handling'), agreementSignedOn: optionalLocalDate('委托协议签订日期') }),
    strict({
      ...base,
      action: z.literal('terminate'),
      ground: z.enum(TERMINATION_GROUND_CODES, { error: '请选择终止事由（法律援助法第四十八条所列情形之一）' }),
      reason: requiredText('终止说明', 2000),
    }),
    strict({ ...base, action: z.literal('withdraw'), reason: requiredText('撤回原因', 1000) }),
    strict({ ...base, action: z.literal('complete-papers'), items: textList('已补交的材料', 100, 30, 1) }),
  ],
  { error: '操作无效：指派和更换请在「指派」中进行；办结、结案和归档请在「办理」中进行' },
)
export type TransitionInputIn = z.input<typeof TransitionInput>
export type TransitionInputOut = z.output<typeof TransitionInput>

export const CaseIdInput = strict({ caseId: recordId('案件编号') })

/** A case named by its id (case:get, case:open-window). */
export const IdInput = strict({ id: z.string().min(1, '缺少编号').max(64, '编号过长') })
