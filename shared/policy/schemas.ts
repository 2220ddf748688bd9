/**
 * zod (v4) schemas for policy inputs arriving from the CLI or IPC. Messages are Chinese: field
 * messages below, everything else from zod's zh-CN locale applied per parse.
 */
import { z } from 'zod'
import { asFen, type Fen } from '../domain/money'
import { choice, fen, isoDate } from '../fields'
import type { EligibilityInput } from './eligibility'
import type { SubsidyInput } from './subsidy'
import {
  APPLICANT_GROUPS,
  CASE_TYPES,
  CIRCUMSTANCES,
  CRIMINAL_ROLES,
  DISABILITIES,
  EXTRA_REASONS,
  POSSIBLE_SENTENCES,
  QUALITY_GRADES,
  REGION_CODES,
  SUBSIDY_KINDS,
  fail,
  ok,
  type PolicyResult,
} from './types'

/** An amount in fen in the engine's input, branded. */
export const fenSchema = fen('金额', { wording: 'engine' }).transform((v): Fen => asFen(v))

export const regionSchema = choice('地区代码（region）', REGION_CODES)

const supplementSchema = z.object({
  requestedOn: isoDate,
  suppliedOn: isoDate.nullable(),
})

export const eligibilityInputSchema = z
  .object({
    region: regionSchema,
    receivedOn: isoDate,
    caseType: choice('案件类型（caseType）', CASE_TYPES),
    matter: z.string({ error: '事项代码（matter）应为字符串' }).min(1, { message: '事项代码不能为空' }).nullish(),
    criminalRole: choice('刑事诉讼身份（criminalRole）', CRIMINAL_ROLES).nullish(),
    via: choice('来源（via）', ['application', 'notification']).optional(),
    applicant: z
      .object({
        birthDate: isoDate.nullish(),
        residence: choice('居住地类型（residence）', ['urban', 'rural']).nullish(),
        disability: z.array(choice('残疾类别（disability）', DISABILITIES)).optional(),
        cannotFullyRecognizeOwnConduct: z.boolean({ error: '应为 true 或 false' }).optional(),
        groups: z.array(choice('特殊群体（groups）', APPLICANT_GROUPS)).optional(),
        noFixedIncome: z.boolean({ error: '应为 true 或 false' }).nullish(),
      })
      .optional(),
    criminal: z
      .object({
        possibleSentence: choice('可能判处的刑罚（possibleSentence）', POSSIBLE_SENTENCES).nullish(),
        deathPenaltyReview: z.boolean({ error: '应为 true 或 false' }).optional(),
        inAbsentia: z.boolean({ error: '应为 true 或 false' }).optional(),
        hasOwnCounsel: z.boolean({ error: '应为 true 或 false' }).optional(),
      })
      .nullish(),
    circumstances: z.array(choice('情形（circumstances）', CIRCUMSTANCES)).optional(),
    income: z
      .object({
        householdMonthlyIncomeFen: fenSchema,
        householdSize: z.number({ error: '家庭人口应为整数' }).int({ message: '家庭人口应为整数' }).min(1, { message: '家庭人口至少为 1 人' }).max(100, { message: '家庭人口不合理' }),
      })
      .nullish(),
    workInjury: z.boolean({ error: '应为 true 或 false' }).nullish(),
    simpleClearCase: z.boolean({ error: '应为 true 或 false' }).nullish(),
    supplementRequests: z.array(supplementSchema).optional(),
    settings: z
      .object({
        hardshipMonthlyPerCapitaFen: fenSchema.nullish(),
      })
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.applicant?.birthDate && v.applicant.birthDate > v.receivedOn) {
      ctx.addIssue({ code: 'custom', message: '出生日期不能晚于受理日期', path: ['applicant', 'birthDate'] })
    }
    if (v.caseType === 'criminal' && !v.criminalRole) {
      ctx.addIssue({ code: 'custom', message: '刑事案件须填写刑事诉讼身份（criminalRole）', path: ['criminalRole'] })
    }
    if (v.caseType !== 'criminal' && !v.matter) {
      ctx.addIssue({ code: 'custom', message: '请填写事项代码（matter）；可用 `npm run -s policy -- matters <地区>` 查询', path: ['matter'] })
    }
  })

const rangeSchema = z
  .object({ min: fenSchema, max: fenSchema })
  .refine((r) => r.min <= r.max, { message: '区间下限不能高于上限' })

export const subsidyInputSchema = z.object({
  region: regionSchema,
  kind: choice('补贴类别（kind）', SUBSIDY_KINDS),
  decidedOn: isoDate,
  qualityGrade: choice('质量等级（qualityGrade）', QUALITY_GRADES),
  dutyDays: z.number({ error: '值班工作日数应为整数' }).int({ message: '值班工作日数应为整数' }).min(0, { message: '值班工作日数不能为负数' }).max(366, { message: '值班工作日数不合理' }).optional(),
  stagesCovered: z.number().int({ message: '阶段数应为整数' }).min(0).max(10).optional(),
  stagesTotal: z.number().int({ message: '阶段数应为整数' }).min(1).max(10).optional(),
  extras: z
    .array(
      z.object({
        reason: choice('增加补贴事由（reason）', EXTRA_REASONS),
        amountFen: fenSchema.refine((v) => v > 0, { message: '增加金额须大于 0' }),
        approvedBy: z.string({ error: '核准人应为姓名字符串或 null' }).nullable().optional().transform((v) => v ?? null),
      }),
    )
    .optional(),
  settings: z
    .object({
      rangeFen: rangeSchema.optional(),
      byGradeFen: z.object({ excellent: fenSchema, good: fenSchema, pass: fenSchema, fail: fenSchema }).optional(),
      localRaiseFen: rangeSchema.optional(),
      formula: z
        .object({
          gradePositionBps: z
            .object({
              excellent: z.number().int().min(0).max(10_000),
              good: z.number().int().min(0).max(10_000),
              pass: z.number().int().min(0).max(10_000),
              fail: z.number().int().min(0).max(10_000),
            })
            .optional(),
          failPolicy: z.enum(['position', 'withhold']).optional(),
          stageWeighting: z.enum(['proportional-above-min', 'none']).optional(),
          roundTo: z.enum(['fen', 'yuan']).optional(),
        })
        .optional(),
      extraCapFen: fenSchema.optional(),
    })
    .optional(),
})

export const mattersQuerySchema = z.object({ region: regionSchema, on: isoDate })

const PATH_NAMES: Record<string, string> = {
  region: '地区',
  receivedOn: '受理日期',
  decidedOn: '决定日期',
  caseType: '案件类型',
  matter: '事项',
  criminalRole: '刑事诉讼身份',
  applicant: '申请人',
  birthDate: '出生日期',
  income: '收入',
  householdMonthlyIncomeFen: '家庭月收入',
  householdSize: '家庭人口',
  kind: '补贴类别',
  qualityGrade: '质量等级',
  dutyDays: '值班工作日数',
  extras: '增加补贴',
  amountFen: '金额',
  settings: '设置',
}

function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '输入'
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : PATH_NAMES[String(p)] ?? String(p))).join('.')
}

export interface ValidationIssue {
  path: (string | number)[]
  message: string
}

function parseWith<T>(schema: z.ZodType<T>, raw: unknown): PolicyResult<T> & { issues?: ValidationIssue[] } {
  const r = schema.safeParse(raw, { error: z.locales.zhCN().localeError })
  if (r.success) return ok(r.data)
  const issues: ValidationIssue[] = r.error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
    message: `${describePath(i.path)}（${i.path.join('.') || '根'}）：${i.message}`,
  }))
  const first = issues[0] ?? { path: [], message: '输入无效' }
  return { ...fail({ code: 'VALIDATION', message: `输入无效：${first.message}`, path: first.path }), issues }
}

export function parseEligibilityInput(raw: unknown): PolicyResult<EligibilityInput> & { issues?: ValidationIssue[] } {
  return parseWith(eligibilityInputSchema as unknown as z.ZodType<EligibilityInput>, raw)
}

export function parseSubsidyInput(raw: unknown): PolicyResult<SubsidyInput> & { issues?: ValidationIssue[] } {
  return parseWith(subsidyInputSchema as unknown as z.ZodType<SubsidyInput>, raw)
}
