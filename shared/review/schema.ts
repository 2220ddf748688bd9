/** Inputs of the review channels (经济困难审查). */
import { z } from 'zod'
import { localDate, optionalText, recordId, requiredText, strict, personName } from '../fields'

// ---------------------------------------------------------------------------------------
// Review (经济困难审查)

export const CERTIFICATES = [
  { code: 'low-income-allowance', label: '最低生活保障证（低保证）' },
  { code: 'extreme-poverty', label: '特困人员供养证' },
  { code: 'disability-certificate', label: '残疾证' },
  { code: 'unemployment-certificate', label: '失业证' },
  { code: 'preferential-care', label: '优抚证明' },
  { code: 'five-guarantees', label: '五保供养证' },
  { code: 'social-or-judicial-assistance', label: '社会救助、司法救助证明' },
] as const
export const CERTIFICATE_CODES = CERTIFICATES.map((c) => c.code) as [string, ...string[]]

export const EVIDENCE_BASES = [
  { code: 'income-proof', label: '收入证明材料' },
  { code: 'certificates', label: '持有相关证件（免予核查经济状况）' },
  { code: 'commitment', label: '经济困难告知承诺（申请人签署承诺书）' },
] as const

export const HardshipEvidence = strict({
  basis: z.enum(['income-proof', 'certificates', 'commitment'], { error: '请选择经济状况的证明方式' }),
  householdMonthlyIncomeFen: z
    .number({ error: '家庭月收入应为整数（单位：分）' })
    .int('家庭月收入须为整数分')
    .min(0, '家庭月收入不能为负数')
    .max(100_000_000_00, '家庭月收入过大，请核对（单位：分）')
    .optional(),
  householdSize: z.number({ error: '家庭人口应为整数' }).int('家庭人口应为整数').min(1, '家庭人口至少为1人').max(30, '家庭人口不能超过30人').optional(),
  certificates: z
    .array(z.enum(CERTIFICATE_CODES, { error: '证件类别无效' }), { error: '证件应为列表' })
    .max(10, '证件最多10项')
    .default([])
    .transform((v) => [...new Set(v)]),
  commitment: strict({ signedOn: localDate('承诺书签署日期'), signedBy: personName('承诺人') }).optional(),
  noFixedIncome: z.boolean({ error: '应为是或否' }).optional(),
  workInjury: z.boolean({ error: '应为是或否' }).optional(),
  simpleClearCase: z.boolean({ error: '应为是或否' }).optional(),
  note: optionalText('经济状况说明', 2000),
}).superRefine((e, ctx) => {
  const needIncome = e.basis !== 'certificates'
  if (needIncome && e.householdMonthlyIncomeFen === undefined) {
    ctx.addIssue({ code: 'custom', path: ['householdMonthlyIncomeFen'], message: e.basis === 'commitment' ? '请填写承诺书中申报的家庭月收入' : '请填写家庭月收入' })
  }
  if (needIncome && e.householdSize === undefined) ctx.addIssue({ code: 'custom', path: ['householdSize'], message: '请填写家庭人口数' })
  if (e.basis === 'certificates' && e.certificates.length === 0) ctx.addIssue({ code: 'custom', path: ['certificates'], message: '请选择申请人持有的证件' })
  if (e.basis === 'commitment' && !e.commitment) ctx.addIssue({ code: 'custom', path: ['commitment'], message: '告知承诺制须登记承诺书的签署日期和承诺人' })
})
export type HardshipEvidenceIn = z.input<typeof HardshipEvidence>
export type HardshipEvidenceOut = z.output<typeof HardshipEvidence>

export const ReviewAssessInput = strict({ caseId: recordId('案件编号'), evidence: HardshipEvidence })
export const ReviewSaveInput = strict({
  caseId: recordId('案件编号'),
  evidence: HardshipEvidence,
  opinion: z.enum(['grant', 'refuse'], { error: '请选择审查意见：给予或不予' }),
  opinionText: requiredText('审查意见', 2000),
})
export type ReviewSaveInputIn = z.input<typeof ReviewSaveInput>
