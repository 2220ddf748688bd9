/** 法律援助案件补贴审批表 / 补贴发放凭证 */
import { sumFen } from '../../../../shared/domain/money'
import { SIZES, type PdfDoc } from '../document'
import { docNumberLine, issuerHeading, spacer, table, textBlock, title, type TableCell, type TableColumn, type TableRow } from '../layout'
import type { SubsidyVoucherVm } from '../view-models'
import { basisText, cnDate, fenToChineseUpper, formatFen } from './common'

export const SUBSIDY_APPROVAL_TITLE = '法律援助案件补贴审批表'
export const SUBSIDY_VOUCHER_TITLE = '法律援助案件补贴发放凭证'

const label = (text: string): TableCell => ({ text, bold: true, fill: '#f2f2f2', align: 'center' })
const wide = (text: string, extra: Partial<TableCell> = {}): TableCell => ({ text, colSpan: 3, ...extra })

/** Label, value, label, value. */
const GRID: TableColumn[] = [2.4, 4.6, 2.4, 4.6].map((width) => ({ header: '', width }))

export function checkSubsidyTotal(vm: Pick<SubsidyVoucherVm, 'baseFen' | 'extras' | 'totalFen'>): void {
  const expected = sumFen([vm.baseFen, ...vm.extras.map((e) => e.amountFen)])
  if (expected !== vm.totalFen) {
    throw new Error(`补贴合计 ${formatFen(vm.totalFen)} 与基本补贴加核准增加额 ${formatFen(expected)} 不一致，拒绝打印`)
  }
}

export function renderSubsidyVoucher(doc: PdfDoc, vm: SubsidyVoucherVm): void {
  checkSubsidyTotal(vm)
  const size = SIZES.form
  issuerHeading(doc, vm.center.name)
  title(doc, vm.variant === 'voucher' ? SUBSIDY_VOUCHER_TITLE : SUBSIDY_APPROVAL_TITLE)
  docNumberLine(doc, vm.docNumber)
  spacer(doc, 0.3)

  table(
    doc,
    GRID,
    [
      [label('案件编号'), wide(vm.caseNo)],
      [label('受援人'), vm.recipientName, label('案件类别'), vm.caseKind],
      [label('承办律师'), vm.lawyer.name, label('执业证号'), vm.lawyer.licenseNo ?? ''],
      [label('律师事务所'), wide(vm.firm)],
      [label('案由/事项'), wide(vm.matter ?? '')],
      [label('结案日期'), cnDate(vm.closedOn), label('质量等级'), vm.qualityGrade ?? ''],
      [label('补贴标准'), wide(`${formatFen(vm.range.minFen)}至${formatFen(vm.range.maxFen)}（${vm.range.source}）`)],
      [label('基本补贴'), wide(vm.baseNote ? `${formatFen(vm.baseFen)}（${vm.baseNote}）` : formatFen(vm.baseFen))],
    ],
    { header: false, size },
  )

  // Approved increases: one row each, or a single row saying there are none.
  const extraRows: TableRow[] = vm.extras.length
    ? vm.extras.map((e) => [e.item, { text: formatFen(e.amountFen), align: 'right' }, e.reason, `${e.approvedBy}\n${cnDate(e.approvedOn)}`])
    : [[{ text: '无核准增加项目', colSpan: 4, align: 'center' }]]
  table(
    doc,
    [
      { header: '核准增加项目', width: 2.8 },
      { header: '金额', width: 2 },
      { header: '增加理由', width: 5.8 },
      { header: '核准人及日期', width: 3.4, align: 'center' },
    ],
    extraRows,
    { size },
  )

  const totalRows: TableRow[] = [
    [label('补贴合计'), { text: formatFen(vm.totalFen), bold: true }, label('大写金额'), { text: fenToChineseUpper(vm.totalFen), bold: true }],
  ]
  if (vm.payee) {
    totalRows.push([label('收款户名'), vm.payee.accountName, label('开户银行'), vm.payee.bank])
    totalRows.push([label('银行账号'), wide(vm.payee.account)])
  }
  table(doc, GRID, totalRows, { header: false, size })

  // Signature cells, left blank for hand signatures unless names are given.
  const s = vm.signatures ?? {}
  table(
    doc,
    [
      { header: '承办人', width: 1 },
      { header: '审核人', width: 1 },
      { header: '负责人', width: 1 },
      { header: '财务', width: 1 },
    ],
    [[s.handler ?? '', s.reviewer ?? '', s.director ?? '', s.finance ?? '']],
    { size, minRowHeight: 56 },
  )
  spacer(doc, 0.3)
  const cite = basisText(vm)
  if (cite) textBlock(doc, `依据：${cite}。`, { size: SIZES.table, align: 'left' })
  for (const n of vm.notes ?? []) textBlock(doc, n, { size: SIZES.table, align: 'left' })
  textBlock(doc, `填表日期：${cnDate(vm.issuedOn)}`, { size: SIZES.table, align: 'left' })
}
