/**
 * Inputs of the workflow, review, policy-settings, assignment and deadlines channels. Strict
 * objects (unknown keys refused), length caps on every string and list, Chinese messages that
 * say what to fix. Rules that need the store or the clock are service rules.
 */
import { z } from 'zod'
import { REGION_CODES } from '../codes'
import { fen, localDate, optionalLocalDate, optionalText, recordId, requiredText, strict, textList } from '../fields'
import type { SettingKey } from '../policy/settings'
import { TERMINATION_GROUND_CODES } from '../workflow/termination'
import { OWED_PAPERS_SETTING } from '../workflow/deadlines'

const personName = (label: string) => requiredText(label, 50)

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
      approvedBy: personName('审批负责人'),
      overrideReason: optionalText('不采纳审查结论的理由', 1000),
    }),
    strict({
      ...base,
      action: z.literal('decide-refuse'),
      approvedBy: personName('审批负责人'),
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
      approvedBy: personName('审批负责人'),
    }),
    strict({ ...base, action: z.literal('withdraw'), reason: requiredText('撤回原因', 1000) }),
    strict({ ...base, action: z.literal('complete-papers'), items: textList('已补交的材料', 100, 30, 1) }),
  ],
  { error: '操作无效：指派和更换请在「指派」中进行；办结、结案和归档请在「办理」中进行' },
)
export type TransitionInputIn = z.input<typeof TransitionInput>
export type TransitionInputOut = z.output<typeof TransitionInput>

export const CaseIdInput = strict({ caseId: recordId('案件编号') })

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
  reviewer: personName('审查员'),
})
export type ReviewSaveInputIn = z.input<typeof ReviewSaveInput>

// ---------------------------------------------------------------------------------------
// Center policy settings (the engine's setting rows)

const range = strict({ minFen: fen('下限'), maxFen: fen('上限') }).refine((r) => r.minFen <= r.maxFen, { message: '下限不能高于上限', path: ['maxFen'] })
const byGrade = strict({ byGradeFen: strict({ excellent: fen('优秀'), good: fen('良好'), pass: fen('合格'), fail: fen('不合格') }) })
const bps = z.number().int('应为整数').min(0, '应在 0 到 10000 之间').max(10_000, '应在 0 到 10000 之间')
const TIME_LIMIT_CODES = ['decision', 'assignment-after-decision', 'assignment-after-notification', 'detainee-forwarding', 'agreement-signing', 'closing-materials', 'supplement-pause'] as const

/** The value schema of each setting key. */
export const SETTING_VALUE_SCHEMAS: Record<SettingKey | typeof OWED_PAPERS_SETTING, z.ZodType> = {
  'hardship.provincialStandardMonthlyPerCapitaFen': fen('标准'),
  'hardship.minimumWageMonthlyFen': fen('最低工资标准'),
  'hardship.ruralDisposableIncomeAnnualPerCapitaFen': fen('人均可支配收入'),
  'hardship.minimumLivingStandardMonthlyFen.urban': fen('城镇低保标准'),
  'hardship.minimumLivingStandardMonthlyFen.rural': fen('农村低保标准'),
  'subsidy.criminal': z.union([range, byGrade], { error: '应为 {minFen,maxFen} 或 {byGradeFen:{excellent,good,pass,fail}}' }),
  'subsidy.civil': z.union([range, byGrade], { error: '应为 {minFen,maxFen} 或 {byGradeFen:{excellent,good,pass,fail}}' }),
  'subsidy.administrative': z.union([range, byGrade], { error: '应为 {minFen,maxFen} 或 {byGradeFen:{excellent,good,pass,fail}}' }),
  'subsidy.death-penalty-second-instance': z.union([range, byGrade], { error: '应为 {minFen,maxFen} 或 {byGradeFen:{excellent,good,pass,fail}}' }),
  'subsidy.duty-lawyer': z.union([range, byGrade], { error: '应为 {minFen,maxFen} 或 {byGradeFen:{excellent,good,pass,fail}}' }),
  'subsidy.localRaise.criminal': range,
  'subsidy.localRaise.civil': range,
  'subsidy.localRaise.administrative': range,
  'subsidy.localRaise.death-penalty-second-instance': range,
  'subsidy.localRaise.duty-lawyer': range,
  'subsidy.formula': strict({
    gradePositionBps: strict({ excellent: bps, good: bps, pass: bps, fail: bps }),
    failPolicy: z.enum(['position', 'withhold'], { error: '应为 position 或 withhold' }),
    stageWeighting: z.enum(['proportional-above-min', 'none'], { error: '应为 proportional-above-min 或 none' }),
    roundTo: z.enum(['fen', 'yuan'], { error: '应为 fen 或 yuan' }),
  }),
  'subsidy.extraCapFen': fen('上限'),
  'deadline.holidayExtension': z.enum(['next-working-day', 'none'], { error: '应为 next-working-day（顺延）或 none（不顺延）' }),
  'deadline.counting': z.partialRecord(z.enum(TIME_LIMIT_CODES, { error: '期限代码无效' }), z.enum(['natural-days', 'working-days'], { error: '应为 natural-days 或 working-days' })),
  'deadline.closingMaterialsDays': z.number({ error: '应为天数' }).int('应为整数天').min(1, '至少1日').max(365, '不能超过365日'),
  'profile.effectiveFrom': strict({ profileId: requiredText('政策版本编号', 64), date: localDate('生效日期') }),
  [OWED_PAPERS_SETTING]: z.number({ error: '应为天数' }).int('应为整数天').min(1, '至少1日').max(90, '不能超过90日'),
}

export const POLICY_SETTING_KEYS = Object.keys(SETTING_VALUE_SCHEMAS) as [SettingKey | typeof OWED_PAPERS_SETTING, ...(SettingKey | typeof OWED_PAPERS_SETTING)[]]
export type PolicySettingKey = (typeof POLICY_SETTING_KEYS)[number]

export const PolicySettingAddInput = strict({
  key: z.enum(POLICY_SETTING_KEYS, { error: '设置项无效，请从列表中选择' }),
  region: z.enum(REGION_CODES, { error: '请选择地区' }),
  value: z.unknown(),
  source: requiredText('来源文件（文号）', 200),
  effectiveFrom: localDate('生效日期'),
  note: optionalText('备注', 500),
  /** Replace the value already entered for the same key, region and date (a correction). */
  supersede: z.boolean({ error: '应为是或否' }).default(false),
}).superRefine((v, ctx) => {
  const schema = SETTING_VALUE_SCHEMAS[v.key]
  if (!schema) return
  const r = schema.safeParse(v.value)
  if (!r.success) {
    for (const i of r.error.issues) ctx.addIssue({ code: 'custom', path: ['value', ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], message: `数值：${i.message}` })
  }
})
export type PolicySettingAddInputIn = z.input<typeof PolicySettingAddInput>

export const PolicySettingListInput = strict({ region: z.enum(REGION_CODES, { error: '请选择地区' }).optional() })

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

export const DeadlinesBoardInput = strict({
  /** One clerk's items; omitted = the whole center. */
  responsible: optionalText('承办受理员', 50),
  listLimit: z.number({ error: '条数应为数字' }).int('条数应为整数').min(1, '至少1条').max(500, '最多500条').default(100),
})
