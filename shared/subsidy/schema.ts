/**
 * Inputs of the subsidy, batch and finance channels. Money is integer fen.
 */
import { z } from 'zod'
import { SUBSIDY_KINDS } from '../policy/types'
import { fen, localDate, optionalLocalDate, optionalText, recordId, requiredText, strict } from '../fields'

/** Typed amounts here are checked against a business cap (default 1,000,000 元). */
const SUBSIDY_FEN_MAX = 100_000_000
const amount = (label: string, max = SUBSIDY_FEN_MAX) => fen(label, { max, tooBigHint: '，请核对（单位：分）' })
const stage = (label: string) => z.number({ error: `${label}应为整数` }).int(`${label}应为整数`).min(0, `${label}不能为负数`).max(10, `${label}不能超过10`)
export const period = (label = '月份') => z.string({ error: `请填写${label}` }).trim().regex(/^\d{4}-(0[1-9]|1[0-2])$/, `${label}格式应为 YYYY-MM`)
const year = z.number({ error: '年度应为整数' }).int('年度应为整数').min(2000, '年度应在 2000—2999 之间').max(2999, '年度应在 2000—2999 之间')

export const SubsidyCaseInput = strict({ caseId: recordId('案件编号') })

export const ExtraRequestInput = strict({
  caseId: recordId('案件编号'),
  reason: z.enum(['off-site-evidence', 'complex'], { error: '请选择增加补贴的事由（异地调查取证或疑难复杂）' }),
  amountFen: amount('增加金额').min(1, '增加金额应大于0'),
  note: requiredText('申请理由', 500),
  requestedOn: optionalLocalDate('申请日期'),
})

export const ExtraDecideInput = strict({
  extraId: recordId('增加补贴申请编号'),
  decision: z.enum(['approved', 'refused'], { error: '请选择核准或不予核准' }),
  note: optionalText('审批意见', 500),
})

export const ComputeInput = strict({
  caseId: recordId('案件编号'),
  kind: z.enum(SUBSIDY_KINDS, { error: '请选择补贴类别' }).refine((k) => k !== 'duty-lawyer', '值班律师补贴请在「值班律师」月度统计中核算'),
  stagesCovered: stage('已办阶段数').optional(),
  stagesTotal: stage('阶段总数').min(1, '阶段总数至少为1').optional(),
})

export const ClaimIdInput = strict({ claimId: recordId('补贴核算编号') })

export const CorrectInput = strict({
  claimId: recordId('补贴核算编号'),
  reason: requiredText('更正理由', 500),
  kind: z.enum(SUBSIDY_KINDS, { error: '请选择补贴类别' }).optional(),
  stagesCovered: stage('已办阶段数').optional(),
  stagesTotal: stage('阶段总数').min(1, '阶段总数至少为1').optional(),
})

export const ClaimListInput = strict({
  status: z.enum(['computed', 'approved', 'paid'], { error: '状态无效' }).optional(),
  unbatchedOnly: z.boolean({ error: '应为是或否' }).optional(),
  limit: z.number().int().min(1).max(5000).default(500),
})

export const BatchCreateInput = strict({ period: period('发放月份') })
export const BatchIdInput = strict({ batchId: recordId('批次编号') })
export const BatchListInput = strict({ year: year.optional() })
export const BatchPayInput = strict({ batchId: recordId('批次编号'), paidOn: localDate('发放日期') })
export const BatchExportInput = strict({ batchId: recordId('批次编号'), filePath: optionalText('保存位置', 500) })
export const JobStatusInput = strict({ jobId: recordId('任务编号') })

export const BudgetSaveInput = strict({ year, amountFen: amount('年度预算', 1_000_000_000_000), source: requiredText('预算依据', 200), note: optionalText('备注', 500) })
export const FinanceOverviewInput = strict({ year })
export const DisclosureInput = strict({ period: period('公示月份'), filePath: optionalText('保存位置', 500) })
