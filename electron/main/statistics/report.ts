/**
 * stats:report-pdf — the monthly and yearly report (月报表 / 年报表) in a fixed layout.
 * The period's figures come from the same summary as the screen and the Excel file; the
 * comparison columns (本年累计, 上年同期) from index-only counts of the same definitions.
 */
import type Database from 'better-sqlite3'
import { today, type LocalDate } from '../../../shared/domain/dates'
import { AppError } from '../../../shared/ipc/result'
import { STAT_MEASURES, MEASURE_ACTIONS, type StatMeasure, type StatsReportInputOut, type StatsReportPdf, type StatsSummary } from '../../../shared/statistics/schema'
import { renderStatisticsReportPdf, type ReportCountsRow, type StatisticsReportVm } from '../pdf/templates/statistics-report'
import type { ServiceContext } from '../context'
import { getCenterSettings } from '../settings/settings-service'
import { MEASURE_NOTE } from './excel'
import { monthRange, readSnapshot, statisticsSummary, yearRange } from './statistics-service'

/** The five measures the report's breakdown tables show. */
const REPORT_MEASURES: StatMeasure[] = ['applications', 'grants', 'refusals', 'assignments', 'closings']

export interface Headline {
  consultations: number
  counts: Record<StatMeasure, number>
}

/** Period totals without breakdowns: index-only counts (no join), same definitions as the summary. */
export function headlineCounts(sqlite: Database.Database, from: string, to: string): Headline {
  return readSnapshot(sqlite, () => {
    const cases = sqlite.prepare('SELECT count(*) AS n FROM legal_case INDEXED BY legal_case_stats WHERE received_on BETWEEN ? AND ?').get(from, to) as { n: number }
    const cons = sqlite.prepare('SELECT count(*) AS n FROM consultation WHERE consulted_on BETWEEN ? AND ?').get(from, to) as { n: number }
    const byAction = new Map(
      (sqlite.prepare(`SELECT action, count(*) AS n FROM case_transition INDEXED BY case_transition_by_action_date WHERE action IN (SELECT value FROM json_each(?)) AND on_date BETWEEN ? AND ? GROUP BY action`).all(
        JSON.stringify(Object.values(MEASURE_ACTIONS).flat()),
        from,
        to,
      ) as { action: string; n: number }[]).map((r) => [r.action, r.n]),
    )
    const counts = Object.fromEntries(STAT_MEASURES.map((m) => [m.code, 0])) as Record<StatMeasure, number>
    counts.applications = cases.n
    for (const [measure, actions] of Object.entries(MEASURE_ACTIONS)) counts[measure as StatMeasure] = actions.reduce((s, a) => s + (byAction.get(a) ?? 0), 0)
    return { consultations: cons.n, counts }
  })
}

function shiftYear(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years
  const md = date.slice(5)
  // 29 February a year earlier is 28 February.
  if (md === '02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return `${y}-02-28`
  return `${y}-${md}`
}

const pct = (rate: number | null): string => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`)
const rowOf = (label: string, counts: Record<StatMeasure, number>): ReportCountsRow => ({ label, values: REPORT_MEASURES.map((m) => counts[m]) })

/** The report's view model (exported for tests). */
export function buildReportVm(
  summary: StatsSummary,
  variant: 'month' | 'year',
  center: StatisticsReportVm['center'],
  ytd: Headline | null,
  lastYear: Headline,
  issuedOn: LocalDate,
  preparedBy?: string,
): StatisticsReportVm {
  const from = summary.from
  const y = Number(from.slice(0, 4))
  const title = variant === 'month' ? `${y}年${Number(from.slice(5, 7))}月法律援助工作统计月报表` : `${y}年法律援助工作统计年报表`
  const headline = [
    { label: '法律咨询（人次）', current: summary.totals.consultations, yearToDate: ytd?.consultations ?? null, lastYear: lastYear.consultations },
    ...STAT_MEASURES.map((m) => ({ label: `${m.label}（件）`, current: summary.totals[m.code], yearToDate: ytd ? ytd.counts[m.code] : null, lastYear: lastYear.counts[m.code] })),
  ]
  const labels = REPORT_MEASURES.map((m) => STAT_MEASURES.find((x) => x.code === m)!.label)
  const sub = summary.subsidies
  return {
    kind: 'statistics-report',
    variant,
    center,
    title,
    from: summary.from as LocalDate,
    to: summary.to as LocalDate,
    issuedOn,
    headline,
    measureLabels: labels,
    measureTotals: REPORT_MEASURES.map((m) => summary.totals[m]),
    byCaseType: summary.byCaseType.map((r) => rowOf(r.label, r.counts)),
    byChannel: summary.byChannel.map((r) => rowOf(r.label, r.counts)),
    byGroup: summary.byGroup.map((r) => rowOf(r.label, r.counts)),
    byMonth: variant === 'year' ? summary.byMonth.map((m) => rowOf(`${Number(m.month.slice(5))}月`, m.counts)) : null,
    outcomes: summary.byOutcome.map((o) => ({ label: o.label, count: o.count })),
    deadlines: summary.deadlines.map((d) => ({ label: d.label, metOnTime: d.metOnTime, metLate: d.metLate, overdue: d.overdue, pending: d.pending, rate: pct(d.onTimeRate) })),
    deadlineTotal: { ...summary.deadlineTotals, rate: pct(summary.deadlineTotals.onTimeRate) },
    subsidies: {
      rows: sub.byKind.map((k) => ({ label: k.label, committedCount: k.committedCount, committedFen: k.committedFen, paidCount: k.paidCount, paidFen: k.paidFen })),
    },
    notes: [
      `注：1. ${MEASURE_NOTE}`,
      `2. 收案数与案件列表按受理日期（${summary.from}至${summary.to}）筛选的结果一致；办理结果为截至编制日的状态。`,
      '3. 未成年人、老年人按受理日的周岁计算（老年人为六十周岁以上），妇女按性别统计；按期率＝按期完成÷（按期完成＋逾期完成＋逾期未完成）。',
    ],
    ...(preparedBy ? { preparedBy } : {}),
  }
}

export async function statisticsReportPdf(ctx: ServiceContext, input: StatsReportInputOut, actor: string): Promise<StatsReportPdf> {
  const settings = await getCenterSettings(ctx)
  if (!settings) throw new AppError('NOT_CONFIGURED', '尚未设置本中心信息（名称、地区等），请管理员先在「设置」中保存后再生成报表')
  const range = input.kind === 'month' ? monthRange(input.month) : yearRange(input.year)
  const day = today(ctx.clock)
  if (range.from > day) throw new AppError('VALIDATION', '报告期尚未开始，不能生成报表', { issues: [{ path: [input.kind === 'month' ? 'month' : 'year'], message: '报告期尚未开始' }] })
  const summary = statisticsSummary(ctx, range, { perLawyer: false })
  const sqlite = ctx.store.sqlite
  const ytd = input.kind === 'month' ? headlineCounts(sqlite, `${range.from.slice(0, 4)}-01-01`, range.to) : null
  const lastYear = headlineCounts(sqlite, shiftYear(range.from, -1), shiftYear(range.to, -1))
  const center = { name: settings.centerName, address: settings.address, phone: settings.phone, docPrefix: settings.docPrefix }
  const vm = buildReportVm(summary, input.kind, center, ytd, lastYear, day, actor)
  const { pdf, pageCount } = await renderStatisticsReportPdf(vm)
  return {
    title: vm.title,
    fileName: `${vm.title}.pdf`,
    contentBase64: pdf.toString('base64'),
    filePath: null,
    bytes: pdf.length,
    pages: pageCount,
    from: range.from,
    to: range.to,
  }
}
