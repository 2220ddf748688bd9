/**
 * Statistics and reports: inputs of the `stats:*` channels and the figures they
 * return. Every count is defined once, in docs/statistics.md, and computed in the main process
 * (electron/main/statistics/); the screen, the Excel workbook and the printed report show the
 * same numbers.
 */
import { z } from 'zod'
import { localDate, strict } from '../fields'

// ---------------------------------------------------------------------------------------
// Code lists

/** What is counted per period, with the Chinese column headers of every report. */
export const STAT_MEASURES = [
  { code: 'applications', label: '收案', hint: '受理日期在期间内的案件（申请及通知辩护/代理）' },
  { code: 'grants', label: '给予援助', hint: '期间内作出的给予决定（含异议成立后给予）' },
  { code: 'refusals', label: '不予援助', hint: '期间内作出的不予决定' },
  { code: 'assignments', label: '指派', hint: '期间内的指派（不含更换）' },
  { code: 'closings', label: '结案', hint: '期间内结案' },
  { code: 'terminations', label: '终止', hint: '期间内终止法律援助' },
  { code: 'withdrawals', label: '撤回', hint: '期间内撤回申请' },
] as const
export type StatMeasure = (typeof STAT_MEASURES)[number]['code']
export const STAT_MEASURE_CODES = STAT_MEASURES.map((m) => m.code) as StatMeasure[]

/** The transition actions behind each measure (all but `applications`, which is the receipt date). */
export const MEASURE_ACTIONS: Readonly<Record<Exclude<StatMeasure, 'applications'>, readonly string[]>> = {
  grants: ['decide-grant', 'objection-upheld'],
  refusals: ['decide-refuse'],
  assignments: ['assign'],
  closings: ['close'],
  terminations: ['terminate'],
  withdrawals: ['withdraw'],
}

/**
 * The six special groups of the statistics, in report order, and how each is recognised
 * (see docs/statistics.md). A person may be in several groups: group rows do not add up.
 */
export const STAT_GROUPS = [
  { code: 'migrant-worker', label: '农民工', bit: 1 },
  { code: 'minor', label: '未成年人', bit: 2 },
  { code: 'elderly', label: '老年人', bit: 4 },
  { code: 'disabled', label: '残疾人', bit: 8 },
  { code: 'woman', label: '妇女', bit: 16 },
  { code: 'military-or-family', label: '军人军属', bit: 32 },
] as const
export type StatGroup = (typeof STAT_GROUPS)[number]['code']

/** Cases received in the period, by where they stand now. Each status is in exactly one outcome. */
export const STAT_OUTCOMES = [
  { code: 'in-review', label: '审查中', statuses: ['registered', 'awaiting-materials', 'reviewing', 'objection'] },
  { code: 'granted', label: '已给予待指派', statuses: ['granted'] },
  { code: 'in-hand', label: '承办中', statuses: ['assigned', 'handling'] },
  { code: 'closed', label: '已结案', statuses: ['closed', 'archived'] },
  { code: 'refused', label: '不予援助', statuses: ['refused'] },
  { code: 'terminated', label: '已终止', statuses: ['terminated'] },
  { code: 'withdrawn', label: '已撤回', statuses: ['withdrawn'] },
] as const

/** Deadline compliance columns. */
export const DEADLINE_OUTCOMES = [
  { code: 'metOnTime', label: '按期完成' },
  { code: 'metLate', label: '逾期完成' },
  { code: 'overdue', label: '逾期未完成' },
  { code: 'pending', label: '未到期' },
] as const

// ---------------------------------------------------------------------------------------
// Inputs

const MAX_SPAN_DAYS = 3660

const clerk = z
  .string({ error: '受理员应为文字' })
  .trim()
  .max(100, '受理员姓名过长')
  .optional()
  .transform((v) => (v === '' ? undefined : v))

const periodShape = {
  from: localDate('开始日期', { ask: '选择' }),
  to: localDate('结束日期', { ask: '选择' }),
  /** Only cases registered by this clerk (legal_case.created_by), their transitions and deadlines. */
  clerk,
}

function checkSpan(v: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (v.from > v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期' })
  else if ((Date.parse(v.to) - Date.parse(v.from)) / 86_400_000 > MAX_SPAN_DAYS) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: '统计期间最长十年，请缩短期间' })
  }
}

export const StatsPeriodInput = strict(periodShape).superRefine(checkSpan)
export type StatsPeriodInputOut = z.output<typeof StatsPeriodInput>

export const StatsExportInput = strict({
  ...periodShape,
  /** Optional: also write the workbook here (desktop app); it is always returned as base64. */
  filePath: z
    .string()
    .trim()
    .max(1000, '文件路径过长')
    .refine((v) => /\.xlsx$/i.test(v), '文件名应以 .xlsx 结尾')
    .refine((v) => v.startsWith('/') || /^[A-Za-z]:[\\/]/.test(v), '请给出完整的保存路径')
    .optional(),
}).superRefine(checkSpan)
export type StatsExportInputOut = z.output<typeof StatsExportInput>

const month = z
  .string({ error: '请选择月份' })
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')

export const StatsReportInput = z.discriminatedUnion(
  'kind',
  [
    strict({ kind: z.literal('month'), month }),
    strict({ kind: z.literal('year'), year: z.number({ error: '请选择年份' }).int('年份应为整数').min(2000, '年份过早').max(2999, '年份无效') }),
  ],
  { error: '报表类型应为 month（月报）或 year（年报）' },
)
export type StatsReportInputOut = z.output<typeof StatsReportInput>

// ---------------------------------------------------------------------------------------
// Figures (plain data over IPC)

export type MeasureCounts = Record<StatMeasure, number>

export interface BreakdownRow {
  code: string
  label: string
  counts: MeasureCounts
}

export interface MonthRow {
  month: string
  consultations: number
  counts: MeasureCounts
}

export interface CountRow {
  code: string
  label: string
  count: number
}

export interface DeadlineRow {
  kind: string
  label: string
  metOnTime: number
  metLate: number
  overdue: number
  pending: number
  /** metOnTime / (metOnTime + metLate + overdue), or null when none was due yet. */
  onTimeRate: number | null
}

export interface LawyerWorkloadRow {
  lawyerId: string
  name: string
  firm: string | null
  /** Assignments made in the period (指派 and 更换 to this lawyer). */
  assigned: number
  closed: number
  terminated: number
  /** Cases taken away from this lawyer in the period (更换). */
  changedAway: number
  /** Cases this lawyer holds now (all of them, also under the clerk filter). */
  openNow: number
  capacity: number
}

export const SUBSIDY_KINDS = [
  { code: 'criminal', label: '刑事' },
  { code: 'civil', label: '民事' },
  { code: 'administrative', label: '行政' },
  { code: 'death-penalty-second-instance', label: '死刑二审' },
  { code: 'duty-lawyer', label: '值班律师' },
] as const

export interface SubsidyKindRow {
  code: string
  label: string
  /** Approved for payment in the period (核定), net of corrections, in fen. */
  committedFen: number
  /** Paid in the period (发放), net of corrections, in fen. */
  paidFen: number
  /** Claims approved in the period (one per case, or per lawyer and month of duty). */
  committedCount: number
  /** Claims whose first payment was made in the period. */
  paidCount: number
}

export interface SubsidyLawyerRow {
  lawyerId: string
  name: string
  firm: string | null
  committedFen: number
  paidFen: number
  paidCount: number
}

export interface SubsidyFigures {
  committedFen: number
  paidFen: number
  committedCount: number
  paidCount: number
  /** Computed claims still waiting for approval (now, whatever their date). */
  pendingApprovalFen: number
  pendingApprovalCount: number
  byKind: SubsidyKindRow[]
  byMonth: { month: string; committedFen: number; paidFen: number }[]
  /** Top lawyers by amount paid in the period. */
  byLawyer: SubsidyLawyerRow[]
  /** The year budgets the period touches, with what was paid in each whole year. */
  budgets: { year: number; amountFen: number; paidInYearFen: number; source: string }[]
}

export interface StatsSummary {
  from: string
  to: string
  clerk: string | null
  /** The date "overdue" was judged against. */
  today: string
  totals: MeasureCounts & { consultations: number }
  byMonth: MonthRow[]
  byCaseType: BreakdownRow[]
  byMatter: BreakdownRow[]
  byChannel: BreakdownRow[]
  /** Special groups; rows overlap and do not add up to the totals. */
  byGroup: BreakdownRow[]
  /** Cases received in the period by where they stand now; adds up to totals.applications. */
  byOutcome: CountRow[]
  consultationsByChannel: CountRow[]
  deadlines: DeadlineRow[]
  deadlineTotals: Omit<DeadlineRow, 'kind' | 'label'>
  lawyers: LawyerWorkloadRow[]
  subsidies: SubsidyFigures
  /** Everyone who registered a case or consultation (the clerk filter's options). */
  clerks: string[]
  tookMs: number
}

export interface StatsFile {
  fileName: string
  contentBase64: string
  filePath: string | null
  bytes: number
}

export interface StatsReportPdf extends StatsFile {
  title: string
  pages: number
  from: string
  to: string
}
