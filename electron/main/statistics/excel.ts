/**
 * stats:export-excel — the statistics of a period as an Excel workbook: one sheet per report,
 * a title and the period above each table, Chinese column headers, and a 合计 row written as a
 * SUM formula with its value cached (so the file shows the total even before recalculation,
 * and a reader that does not evaluate formulas still sees it).
 */
import { writeFile } from 'node:fs/promises'
import type ExcelJS from 'exceljs'
import { newWorkbook } from '../lib/excel'
import { AppError } from '../../../shared/ipc/result'
import { STAT_MEASURES, type BreakdownRow, type StatsExportInputOut, type StatsFile, type StatsSummary } from '../../../shared/statistics/schema'
import type { ServiceContext } from '../context'
import { getCenterSettings } from '../settings/settings-service'
import { statisticsSummary } from './statistics-service'

interface Column {
  header: string
  width: number
  kind?: 'text' | 'count' | 'money' | 'percent'
}

type Cell = string | number | null

interface TableSpec {
  title: string
  columns: Column[]
  rows: Cell[][]
  /** 'sum': a 合计 row summing every numeric column; a row: written as given (bold); null: none. */
  total: 'sum' | Cell[] | null
  notes?: string[]
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } }
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF5F5F5' } }
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
}
const NUM_FMT: Record<NonNullable<Column['kind']>, string | undefined> = { text: undefined, count: '#,##0', money: '#,##0.00', percent: '0.0%' }

function colLetter(n: number): string {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

/** Writes one titled table on a new sheet. */
function addSheet(wb: ExcelJS.Workbook, name: string, caption: string, spec: TableSpec): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } })
  const n = spec.columns.length
  ws.columns = spec.columns.map((c) => ({ width: c.width }))
  ws.mergeCells(1, 1, 1, n)
  const title = ws.getCell(1, 1)
  title.value = spec.title
  title.font = { bold: true, size: 14 }
  title.alignment = { horizontal: 'center' }
  ws.mergeCells(2, 1, 2, n)
  ws.getCell(2, 1).value = caption
  ws.getCell(2, 1).font = { size: 10, color: { argb: 'FF595959' } }

  const header = ws.getRow(3)
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1)
    cell.value = c.header
    cell.font = { bold: true }
    cell.fill = HEADER_FILL
    cell.border = THIN
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  })
  const first = 4
  spec.rows.forEach((values, r) => {
    const row = ws.getRow(first + r)
    values.forEach((v, i) => {
      const cell = row.getCell(i + 1)
      cell.value = v
      cell.border = THIN
      const fmt = NUM_FMT[spec.columns[i]?.kind ?? 'text']
      if (fmt && typeof v === 'number') cell.numFmt = fmt
    })
  })
  const last = first + spec.rows.length - 1
  let next = last + 1
  if (spec.total) {
    const row = ws.getRow(next)
    spec.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1)
      if (spec.total === 'sum') {
        if (i === 0) cell.value = '合计'
        else if (c.kind === 'count' || c.kind === 'money') {
          const result = spec.rows.reduce((s, r) => s + (typeof r[i] === 'number' ? (r[i]) : 0), 0)
          const letter = colLetter(i + 1)
          cell.value = spec.rows.length > 0 ? { formula: `SUM(${letter}${first}:${letter}${last})`, result: c.kind === 'money' ? Math.round(result * 100) / 100 : result } : 0
        }
      } else {
        cell.value = (spec.total as Cell[])[i] ?? null
      }
      cell.font = { bold: true }
      cell.fill = TOTAL_FILL
      cell.border = THIN
      const fmt = NUM_FMT[c.kind ?? 'text']
      if (fmt) cell.numFmt = fmt
    })
    next++
  }
  for (const note of spec.notes ?? []) {
    next++
    ws.mergeCells(next, 1, next, n)
    const cell = ws.getCell(next, 1)
    cell.value = note
    cell.font = { size: 9, color: { argb: 'FF595959' } }
    cell.alignment = { wrapText: true }
  }
}

const measureColumns: Column[] = STAT_MEASURES.map((m) => ({ header: m.label, width: 10, kind: 'count' }))
const measureCells = (r: BreakdownRow): number[] => STAT_MEASURES.map((m) => r.counts[m.code])
const yuan = (fen: number): number => fen / 100

export const MEASURE_NOTE = `口径：${STAT_MEASURES.map((m) => `${m.label}＝${m.hint}`).join('；')}。`

/** The workbook's bytes for a summary (also used by tests and the bench). */
export async function buildStatisticsWorkbook(s: StatsSummary, centerName: string): Promise<Buffer> {
  const wb = await newWorkbook()
  wb.creator = '法援工作台'
  wb.title = `法律援助统计（${s.from}至${s.to}）`
  const gap = '\u3000' // ideographic space between the caption's parts
  const caption = `编制单位：${centerName}${gap}统计期间：${s.from} 至 ${s.to}${s.clerk ? `${gap}受理员：${s.clerk}` : ''}${gap}（逾期以 ${s.today} 为准）`

  addSheet(wb, '按月统计', caption, {
    title: '法律援助工作按月统计',
    columns: [{ header: '月份', width: 10 }, { header: '法律咨询', width: 10, kind: 'count' }, ...measureColumns],
    rows: s.byMonth.map((m) => [m.month, m.consultations, ...STAT_MEASURES.map((x) => m.counts[x.code])]),
    total: 'sum',
    notes: [MEASURE_NOTE],
  })
  addSheet(wb, '按案件类型', caption, { title: '按案件类型统计', columns: [{ header: '案件类型', width: 14 }, ...measureColumns], rows: s.byCaseType.map((r) => [r.label, ...measureCells(r)]), total: 'sum' })
  addSheet(wb, '按援助事项', caption, { title: '按援助事项统计', columns: [{ header: '援助事项', width: 48 }, ...measureColumns], rows: s.byMatter.map((r) => [r.label, ...measureCells(r)]), total: 'sum' })
  addSheet(wb, '按受理渠道', caption, { title: '按受理渠道统计', columns: [{ header: '受理渠道', width: 16 }, ...measureColumns], rows: s.byChannel.map((r) => [r.label, ...measureCells(r)]), total: 'sum' })
  addSheet(wb, '特殊群体', caption, {
    title: '特殊群体统计',
    columns: [{ header: '特殊群体', width: 14 }, ...measureColumns],
    rows: s.byGroup.map((r) => [r.label, ...measureCells(r)]),
    total: ['全部案件', ...STAT_MEASURES.map((m) => s.totals[m.code])],
    notes: ['同一受援人可能同时属于几个群体，各群体数字不能相加；末行为全部案件数，供对照。未成年人、老年人按受理日的周岁计算（老年人为六十周岁以上）；妇女按性别统计。'],
  })
  addSheet(wb, '案件结果', caption, {
    title: '期间内受理案件的办理结果（截至统计时）',
    columns: [{ header: '办理结果', width: 16 }, { header: '案件数', width: 10, kind: 'count' }],
    rows: s.byOutcome.map((r) => [r.label, r.count]),
    total: 'sum',
    notes: ['合计等于期间内的收案数，与案件列表按受理日期筛选的结果一致。'],
  })
  addSheet(wb, '法律咨询', caption, {
    title: '法律咨询统计',
    columns: [{ header: '咨询方式', width: 16 }, { header: '人次', width: 10, kind: 'count' }],
    rows: s.consultationsByChannel.map((r) => [r.label, r.count]),
    total: 'sum',
  })
  const rate = (r: { onTimeRate: number | null }) => r.onTimeRate
  addSheet(wb, '期限执行', caption, {
    title: '办理期限执行情况（到期日在期间内的期限）',
    columns: [
      { header: '期限', width: 30 },
      { header: '按期完成', width: 10, kind: 'count' },
      { header: '逾期完成', width: 10, kind: 'count' },
      { header: '逾期未完成', width: 12, kind: 'count' },
      { header: '未到期', width: 10, kind: 'count' },
      { header: '按期率', width: 10, kind: 'percent' },
    ],
    rows: s.deadlines.map((r) => [r.label, r.metOnTime, r.metLate, r.overdue, r.pending, rate(r)]),
    total: ['合计', s.deadlineTotals.metOnTime, s.deadlineTotals.metLate, s.deadlineTotals.overdue, s.deadlineTotals.pending, rate(s.deadlineTotals)],
    notes: ['按期率＝按期完成÷（按期完成＋逾期完成＋逾期未完成）；已取消的期限不计。'],
  })
  addSheet(wb, '律师工作量', caption, {
    title: '法律援助人员工作量',
    columns: [
      { header: '姓名', width: 12 },
      { header: '执业机构', width: 28 },
      { header: '期间指派', width: 10, kind: 'count' },
      { header: '期间结案', width: 10, kind: 'count' },
      { header: '期间终止', width: 10, kind: 'count' },
      { header: '期间被更换', width: 10, kind: 'count' },
      { header: '当前在办', width: 10, kind: 'count' },
      { header: '在办上限', width: 10, kind: 'count' },
    ],
    rows: s.lawyers.map((l) => [l.name, l.firm ?? '', l.assigned, l.closed, l.terminated, l.changedAway, l.openNow, l.capacity]),
    total: 'sum',
    notes: ['期间指派含更换后新指派的案件，故合计可能多于「指派」数。'],
  })
  const sub = s.subsidies
  addSheet(wb, '办案补贴', caption, {
    title: '办案补贴核定与发放（元）',
    columns: [
      { header: '类别', width: 14 },
      { header: '核定件数', width: 10, kind: 'count' },
      { header: '核定金额', width: 14, kind: 'money' },
      { header: '发放件数', width: 10, kind: 'count' },
      { header: '发放金额', width: 14, kind: 'money' },
    ],
    rows: sub.byKind.map((k) => [k.label, k.committedCount, yuan(k.committedFen), k.paidCount, yuan(k.paidFen)]),
    total: 'sum',
    notes: [
      `待审批（已核算未审批）：${sub.pendingApprovalCount} 件，${(sub.pendingApprovalFen / 100).toFixed(2)} 元。`,
      ...sub.budgets.map((b) => `${b.year}年补贴预算 ${(b.amountFen / 100).toFixed(2)} 元（${b.source}），全年已发放 ${(b.paidInYearFen / 100).toFixed(2)} 元。`),
      '金额含更正（冲销为负数，重新核定为正数）。',
    ],
  })
  return Buffer.from(await wb.xlsx.writeBuffer())
}

export function statisticsFileName(s: Pick<StatsSummary, 'from' | 'to' | 'clerk'>): string {
  return `法律援助统计_${s.from}至${s.to}${s.clerk ? `_${s.clerk}` : ''}.xlsx`
}

export async function exportStatisticsExcel(ctx: ServiceContext, input: StatsExportInputOut): Promise<StatsFile> {
  const summary = statisticsSummary(ctx, input)
  const settings = await getCenterSettings(ctx)
  const bytes = await buildStatisticsWorkbook(summary, settings?.centerName ?? '法律援助中心')
  if (input.filePath) {
    try {
      await writeFile(input.filePath, bytes)
    } catch (err) {
      throw new AppError('IO', `无法写入文件「${input.filePath}」：请确认文件夹存在、文件未被 Excel 打开。`, { cause: String(err) })
    }
  }
  return { fileName: statisticsFileName(summary), contentBase64: bytes.toString('base64'), filePath: input.filePath ?? null, bytes: bytes.length }
}
