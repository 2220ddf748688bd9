/** Inputs of the center policy-settings channels. */
import { z } from 'zod'
import { REGION_CODES } from '../codes'
import { fen, localDate, optionalText, requiredText, strict } from '../fields'
import type { SettingKey } from '../policy/settings'
import { OWED_PAPERS_SETTING } from '../deadlines/deadlines'

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

/** Which region's matters, on which day (policy:matters); both default to the center's. */
export const MattersInput = strict({
  region: z.enum(REGION_CODES, { message: `地区应为 ${REGION_CODES.slice(0, -1).join('、')} 或 ${REGION_CODES.at(-1)}` }).optional(),
  on: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
    .optional(),
})
