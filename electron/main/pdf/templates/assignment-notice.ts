/** 指派通知书（指派函）: to the law firm, naming the lawyer */
import { SIZES, type PdfDoc } from '../document'
import { addressee, numberedList, paragraph, signatureBlock, spacer, table, type TableRow } from '../layout'
import type { AssignmentNoticeVm } from '../view-models'
import { basisText, contactLines, letterhead, notes, standardDocNumber } from './common'

export const ASSIGNMENT_NOTICE_TITLE = '法律援助指派通知书'

const label = (text: string) => ({ text, bold: true, fill: '#f2f2f2', align: 'center' as const })

export function renderAssignmentNotice(doc: PdfDoc, vm: AssignmentNoticeVm): void {
  letterhead(doc, vm, ASSIGNMENT_NOTICE_TITLE)
  addressee(doc, vm.firm.name)
  const cite = basisText(vm)
  const license = vm.lawyer.licenseNo ? `（执业证号：${vm.lawyer.licenseNo}）` : ''
  const source = vm.sourceRef ? `根据${standardDocNumber(vm.sourceRef)}，` : ''
  paragraph(
    doc,
    `${source}${cite ? `依照${cite}的规定，` : ''}本中心指派你所${vm.lawyer.name}律师${license}承办下列法律援助案件：`,
  )
  spacer(doc, 0.3)
  const wide = (text: string) => ({ text, colSpan: 3 })
  const rows: TableRow[] = [
    [label('案件编号'), wide(vm.caseNo)],
    [label('受援人'), vm.recipient.name, label('案件类别'), vm.caseKind],
    [label('援助形式'), vm.aidForm, label('诉讼阶段'), vm.stage ?? ''],
    [label('案由/事项'), wide(vm.matter)],
  ]
  if (vm.handlingOrgan) rows.push([label('办案机关'), wide(vm.handlingOrgan)])
  const contact = [vm.recipient.phone, vm.recipient.address].filter(Boolean).join('；')
  if (contact) rows.push([label('受援人联系方式'), wide(contact)])
  table(
    doc,
    [
      { header: '', width: 3.2 },
      { header: '', width: 4.2 },
      { header: '', width: 2.4 },
      { header: '', width: 3.6 },
    ],
    rows,
    { header: false, size: SIZES.form },
  )
  spacer(doc, 0.5)
  if (vm.requirements.length) {
    paragraph(doc, '请你所督促承办律师做好以下工作：', { keepWithNextLines: 2 })
    numberedList(doc, vm.requirements)
  }
  notes(doc, vm)
  contactLines(doc, vm.center)
  signatureBlock(doc, { org: vm.center.name, date: vm.issuedOn })
}
