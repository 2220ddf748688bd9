/**
 * 法律援助工作统计月报表 / 年报表: a fixed layout the director signs and sends upward.
 * Form page geometry, 五号 tables. Every table's 合计 row is checked against the report's
 * headline figures before anything is drawn; a report whose parts do not add up is refused.
 */
import type { LocalDate } from '../../../../shared/domain/dates'
import { renderDocument, SIZES, textBox, type PdfDoc } from '../document'
import { chooseFontSet } from '../fonts'
import { signatureLines, spacer, table, textBlock, title, useFont, type TableCell, type TableColumn, type TableRow } from '../layout'
import type { CenterInfo } from '../view-models'
import { cnDate, formatFen } from './common'

/** One row of counts: the five measures every breakdown table shows. */
export interface ReportCountsRow {
  label: string
  /** 收案, 给予, 不予, 指派, 结案 (in this order). */
  values: number[]
}

export interface ReportHeadlineRow {
  label: string
  current: number
  /** Monthly report: from 1 January to the end of the month. Yearly: null. */
  yearToDate: number | null
  /** The same period a year earlier. */
  lastYear: number
}

export interface StatisticsReportVm {
  kind: 'statistics-report'
  variant: 'month' | 'year'
  center: CenterInfo
  /** e.g. 2026年10月法律援助工作统计月报表 */
  title: string
  from: LocalDate
  to: LocalDate
  issuedOn: LocalDate
  headline: ReportHeadlineRow[]
  /** Column headers of the breakdown tables' measures. */
  measureLabels: string[]
  /** Totals of the breakdown measures for this period (收案, 给予, 不予, 指派, 结案). */
  measureTotals: number[]
  byCaseType: ReportCountsRow[]
  byChannel: ReportCountsRow[]
  /** Special groups (overlapping: no 合计). */
  byGroup: ReportCountsRow[]
  /** Yearly report: one row per month. */
  byMonth: ReportCountsRow[] | null
  outcomes: { label: string; count: number }[]
  deadlines: { label: string; metOnTime: number; metLate: number; overdue: number; pending: number; rate: string }[]
  deadlineTotal: { metOnTime: number; metLate: number; overdue: number; pending: number; rate: string }
  subsidies: { rows: { label: string; committedCount: number; committedFen: number; paidCount: number; paidFen: number }[] }
  notes: string[]
  preparedBy?: string
}

function sumColumns(rows: readonly ReportCountsRow[], width: number): number[] {
  return Array.from({ length: width }, (_, i) => rows.reduce((s, r) => s + (r.values[i] ?? 0), 0))
}

/** Refuses a report whose tables do not add up to its own totals. */
export function checkReportTotals(vm: StatisticsReportVm): void {
  const n = vm.measureTotals.length
  const check = (name: string, rows: readonly ReportCountsRow[]) => {
    const sums = sumColumns(rows, n)
    sums.forEach((v, i) => {
      if (v !== vm.measureTotals[i]) throw new Error(`报表「${name}」中「${vm.measureLabels[i]}」各行之和 ${v} 与合计 ${vm.measureTotals[i]} 不一致，拒绝打印`)
    })
  }
  check('按案件类型', vm.byCaseType)
  check('按受理渠道', vm.byChannel)
  if (vm.byMonth) check('按月', vm.byMonth)
  const outcomes = vm.outcomes.reduce((s, o) => s + o.count, 0)
  if (outcomes !== vm.measureTotals[0]) throw new Error(`办理结果之和 ${outcomes} 与收案数 ${vm.measureTotals[0]} 不一致，拒绝打印`)
}

const bold = (text: string, extra: Partial<TableCell> = {}): TableCell => ({ text, bold: true, ...extra })
const num = (v: number): TableCell => ({ text: v.toLocaleString('zh-CN'), align: 'right' })
const numBold = (v: number): TableCell => ({ text: v.toLocaleString('zh-CN'), align: 'right', bold: true })

function section(doc: PdfDoc, text: string): void {
  spacer(doc, 0.4, SIZES.form * 1.6)
  textBlock(doc, text, { size: SIZES.form, bold: true, align: 'left', keepWithNextLines: 4 })
}

function countsTable(doc: PdfDoc, first: string, vm: StatisticsReportVm, rows: readonly ReportCountsRow[], total: boolean): void {
  const columns: TableColumn[] = [{ header: first, width: 3.2 }, ...vm.measureLabels.map((h) => ({ header: h, width: 1.4, align: 'right' as const }))]
  const body: TableRow[] = rows.map((r) => [r.label, ...r.values.map(num)])
  const keep = new Set<number>()
  if (total) {
    keep.add(body.length)
    body.push([bold('合计', { align: 'center' }), ...sumColumns(rows, vm.measureLabels.length).map(numBold)])
  }
  table(doc, columns, body, { size: SIZES.table, keepWithPrevious: keep })
}

export function renderStatisticsReport(doc: PdfDoc, vm: StatisticsReportVm): void {
  checkReportTotals(vm)
  title(doc, vm.title)
  useFont(doc, SIZES.form)
  const box = textBox(doc)
  const y = doc.y
  doc.text(`编制单位：${vm.center.name}`, box.left, y, { lineBreak: false })
  const right = `报告期：${cnDate(vm.from)}至${cnDate(vm.to)}`
  doc.text(right, box.right - doc.widthOfString(right), y, { lineBreak: false })
  doc.x = box.left
  doc.y = y + SIZES.form * 1.8

  section(doc, '一、主要指标')
  const monthly = vm.variant === 'month'
  table(
    doc,
    [
      { header: '指标', width: 4 },
      { header: monthly ? '本月' : '本年', width: 1.6, align: 'right' },
      ...(monthly ? [{ header: '本年累计', width: 1.6, align: 'right' as const }] : []),
      { header: '上年同期', width: 1.6, align: 'right' },
    ],
    vm.headline.map((h) => [h.label, num(h.current), ...(monthly ? [num(h.yearToDate ?? 0)] : []), num(h.lastYear)]),
    { size: SIZES.table },
  )

  section(doc, '二、按案件类型')
  countsTable(doc, '案件类型', vm, vm.byCaseType, true)
  section(doc, '三、按受理渠道')
  countsTable(doc, '受理渠道', vm, vm.byChannel, true)
  section(doc, '四、特殊群体（同一受援人可属几个群体，不相加）')
  countsTable(doc, '特殊群体', vm, vm.byGroup, false)
  if (vm.byMonth) {
    section(doc, '五、按月')
    countsTable(doc, '月份', vm, vm.byMonth, true)
  }
  const n = vm.byMonth ? ['六', '七', '八'] : ['五', '六', '七']

  section(doc, `${n[0]}、本期受理案件的办理结果（截至编制日）`)
  const outcomeRows: TableRow[] = vm.outcomes.map((o) => [o.label, num(o.count)])
  outcomeRows.push([bold('合计', { align: 'center' }), numBold(vm.outcomes.reduce((s, o) => s + o.count, 0))])
  table(doc, [{ header: '办理结果', width: 4 }, { header: '案件数', width: 1.6, align: 'right' }], outcomeRows, { size: SIZES.table, keepWithPrevious: new Set([outcomeRows.length - 1]) })

  section(doc, `${n[1]}、办理期限执行情况（到期日在报告期内）`)
  const dl: TableRow[] = vm.deadlines.map((d) => [d.label, num(d.metOnTime), num(d.metLate), num(d.overdue), num(d.pending), { text: d.rate, align: 'right' }])
  const t = vm.deadlineTotal
  dl.push([bold('合计', { align: 'center' }), numBold(t.metOnTime), numBold(t.metLate), numBold(t.overdue), numBold(t.pending), { text: t.rate, align: 'right', bold: true }])
  table(
    doc,
    [
      { header: '期限', width: 3.6 },
      { header: '按期完成', width: 1.3, align: 'right' },
      { header: '逾期完成', width: 1.3, align: 'right' },
      { header: '逾期未完成', width: 1.4, align: 'right' },
      { header: '未到期', width: 1.2, align: 'right' },
      { header: '按期率', width: 1.2, align: 'right' },
    ],
    dl,
    { size: SIZES.table, keepWithPrevious: new Set([dl.length - 1]) },
  )

  section(doc, `${n[2]}、办案补贴（元）`)
  const rows: TableRow[] = vm.subsidies.rows.map((r) => [r.label, num(r.committedCount), { text: formatFen(r.committedFen), align: 'right' }, num(r.paidCount), { text: formatFen(r.paidFen), align: 'right' }])
  const sum = (k: 'committedCount' | 'committedFen' | 'paidCount' | 'paidFen') => vm.subsidies.rows.reduce((s, r) => s + r[k], 0)
  rows.push([bold('合计', { align: 'center' }), numBold(sum('committedCount')), { text: formatFen(sum('committedFen')), align: 'right', bold: true }, numBold(sum('paidCount')), { text: formatFen(sum('paidFen')), align: 'right', bold: true }])
  table(
    doc,
    [
      { header: '类别', width: 3 },
      { header: '核定件数', width: 1.3, align: 'right' },
      { header: '核定金额', width: 2, align: 'right' },
      { header: '发放件数', width: 1.3, align: 'right' },
      { header: '发放金额', width: 2, align: 'right' },
    ],
    rows,
    { size: SIZES.table, keepWithPrevious: new Set([rows.length - 1]) },
  )

  spacer(doc, 0.4, SIZES.form * 1.6)
  for (const note of vm.notes) textBlock(doc, note, { size: SIZES.table, align: 'left', pitch: SIZES.table * 1.5 })
  textBlock(doc, `编制日期：${cnDate(vm.issuedOn)}`, { size: SIZES.table, align: 'left', pitch: SIZES.table * 1.5 })
  signatureLines(doc, [{ label: '制表人', ...(vm.preparedBy ? { name: vm.preparedBy } : {}) }, { label: '审核人' }, { label: '负责人' }], { columns: 3, size: SIZES.form })
}

/** Renders the report to PDF bytes (form geometry, portrait, page numbers centred). */
export async function renderStatisticsReportPdf(vm: StatisticsReportVm): Promise<{ pdf: Buffer; pageCount: number }> {
  const text = JSON.stringify(vm)
  const { fontSet } = chooseFontSet(text, vm.title)
  const r = await renderDocument(
    { title: vm.title, author: vm.center.name, subject: vm.title, issuedOn: vm.issuedOn, fontSet, geometry: 'form', orientation: 'portrait', pageNumbers: 'center' },
    (doc) => renderStatisticsReport(doc, vm),
    { fitting: false },
  )
  return { pdf: r.pdf, pageCount: r.pageCount }
}
