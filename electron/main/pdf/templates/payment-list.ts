/** 月度法律援助案件补贴发放汇总表 */
import { sumFen } from '../../../../shared/domain/money'
import { SIZES, textBox, type PdfDoc } from '../document'
import { docNumberLine, measureLines, pitchFor, signatureLines, signatureLinesHeight, spacer, table, textBlock, title, useFont, type TableRow } from '../layout'
import type { PaymentListVm } from '../view-models'
import { basisText, cnDate, fenToChineseUpper, formatFen } from './common'

export function paymentListTitle(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period)
  if (!m) throw new RangeError(`发放期间应为 YYYY-MM：${period}`)
  return `${m[1]}年${Number(m[2])}月法律援助案件补贴发放汇总表`
}

export function checkPaymentTotal(vm: Pick<PaymentListVm, 'rows' | 'totalFen'>): void {
  const expected = sumFen(vm.rows.map((r) => r.amountFen))
  if (expected !== vm.totalFen) {
    throw new Error(`汇总表合计 ${formatFen(vm.totalFen)} 与各行之和 ${formatFen(expected)} 不一致，拒绝打印`)
  }
}

const FOOTER_TEXT = { size: SIZES.table, align: 'left' as const }
const FOOTER_GAP_LINES = 0.4
const SIGNATURE_COLUMNS = 4

function footerLines(vm: PaymentListVm): string[] {
  const cite = basisText(vm)
  return [...(cite ? [`依据：${cite}。`] : []), ...(vm.notes ?? []), `编制日期：${cnDate(vm.issuedOn)}`]
}

/** Height of what follows the table, so the last rows keep it company on their page. */
function footerHeight(doc: PdfDoc, vm: PaymentListVm): number {
  const lines = footerLines(vm).reduce((n, l) => n + measureLines(doc, l, FOOTER_TEXT), 0)
  return FOOTER_GAP_LINES * SIZES.form * 1.6 + lines * pitchFor(doc, SIZES.table) + signatureLinesHeight(4, SIGNATURE_COLUMNS, SIZES.form)
}

export function renderPaymentList(doc: PdfDoc, vm: PaymentListVm): void {
  checkPaymentTotal(vm)
  title(doc, paymentListTitle(vm.period))
  docNumberLine(doc, vm.docNumber, 'center')
  // 编制单位 left, 批次 right, on one line.
  useFont(doc, SIZES.form)
  const box = textBox(doc)
  const y = doc.y
  doc.text(`编制单位：${vm.center.name}`, box.left, y, { lineBreak: false })
  if (vm.batchNo) {
    const right = `发放批次：${vm.batchNo}`
    doc.text(right, box.right - doc.widthOfString(right), y, { lineBreak: false })
  }
  doc.x = box.left
  doc.y = y + SIZES.form * 1.8

  const rows: TableRow[] = vm.rows.map((r, i) => [
    String(i + 1),
    r.caseNo,
    r.lawyer,
    r.firm,
    r.caseKind,
    r.recipientName,
    { text: formatFen(r.amountFen), align: 'right' },
    r.note ?? '',
  ])
  const totalIndex = rows.length
  rows.push([
    { text: `合计（${vm.rows.length}件）`, colSpan: 6, bold: true, align: 'center' },
    { text: formatFen(vm.totalFen), bold: true, align: 'right' },
    '',
  ])
  rows.push([{ text: `合计金额（大写）：${fenToChineseUpper(vm.totalFen)}`, colSpan: 8, bold: true }])
  table(
    doc,
    [
      // Weights in points of the landscape text block (714 pt); they scale if it differs.
      { header: '序号', width: 36, align: 'center' },
      { header: '案件编号', width: 160 },
      { header: '承办律师', width: 62, align: 'center' },
      { header: '律师事务所', width: 146 },
      { header: '案件类别', width: 56, align: 'center' },
      { header: '受援人', width: 62, align: 'center' },
      { header: '补贴金额', width: 86, align: 'right' },
      { header: '备注', width: 106 },
    ],
    rows,
    { size: SIZES.table, keepWithPrevious: new Set([totalIndex, totalIndex + 1]), reserveAfter: footerHeight(doc, vm) },
  )
  spacer(doc, FOOTER_GAP_LINES, SIZES.form * 1.6)
  for (const line of footerLines(vm)) textBlock(doc, line, FOOTER_TEXT)
  const s = vm.signatures ?? {}
  signatureLines(
    doc,
    [
      { label: '制表人', ...(s.preparedBy ? { name: s.preparedBy } : {}) },
      { label: '审核人', ...(s.reviewer ? { name: s.reviewer } : {}) },
      { label: '负责人', ...(s.director ? { name: s.director } : {}) },
      { label: '财务', ...(s.finance ? { name: s.finance } : {}) },
    ],
    { columns: SIGNATURE_COLUMNS, size: SIZES.form },
  )
}
