/** 法律援助申请人经济困难状况承诺书 (经济困难告知承诺制): signed by the applicant at intake */
import { SIZES, type PdfDoc } from '../document'
import { ensureSpace, heading, numberedList, paragraph, signatureLines, signatureLinesHeight, spacer, table, type TableRow } from '../layout'
import type { HardshipDeclarationVm } from '../view-models'
import { basisText, formatFen, letterhead, notes } from './common'

export const HARDSHIP_DECLARATION_TITLE = '法律援助申请人经济困难状况承诺书'

const label = (text: string) => ({ text, bold: true, fill: '#f2f2f2', align: 'center' as const })
const TEXT = { size: SIZES.small, pitch: SIZES.small * 1.8 }

export function renderHardshipDeclaration(doc: PdfDoc, vm: HardshipDeclarationVm): void {
  letterhead(doc, vm, HARDSHIP_DECLARATION_TITLE)

  heading(doc, '一、申请人基本情况', TEXT)
  const a = vm.applicant
  const basic: TableRow[] = [
    [label('姓名'), a.name, label('公民身份号码'), a.idNumber],
    [label('住所地'), { text: a.address, colSpan: 3 }],
    [label('联系电话'), a.phone ?? '', label('户籍类别'), vm.residence ?? ''],
    [label('申请事项'), { text: vm.matter, colSpan: 3 }],
  ]
  if (vm.applicationNo) basic.push([label('受理编号'), { text: vm.applicationNo, colSpan: 3 }])
  table(doc, [{ header: '', width: 2 }, { header: '', width: 3.6 }, { header: '', width: 2.4 }, { header: '', width: 4 }], basic, {
    header: false,
    size: SIZES.form,
  })
  spacer(doc, 0.4)

  heading(doc, '二、家庭成员及收入状况', TEXT)
  const members: TableRow[] = vm.household.map((m) => [m.name, m.relation, m.occupation ?? '', formatFen(m.monthlyIncomeFen)])
  const totalIndex = members.length
  members.push([{ text: '家庭月收入合计', colSpan: 3, bold: true, align: 'right' }, { text: formatFen(vm.householdMonthlyIncomeFen), bold: true }])
  members.push([
    { text: `家庭人口${vm.household.length}人，人均月收入`, colSpan: 3, bold: true, align: 'right' },
    { text: formatFen(vm.perCapitaMonthlyIncomeFen), bold: true },
  ])
  table(
    doc,
    [
      { header: '姓名', width: 2.2, align: 'center' },
      { header: '与申请人关系', width: 2.2, align: 'center' },
      { header: '职业或就业状况', width: 4.2 },
      { header: '月收入', width: 2.6, align: 'right' },
    ],
    members,
    { size: SIZES.form, keepWithPrevious: new Set([totalIndex, totalIndex + 1]) },
  )
  spacer(doc, 0.4)

  heading(doc, '三、经济困难情形', TEXT)
  const cite = basisText(vm)
  paragraph(
    doc,
    `本人所在地适用的经济困难标准为${vm.standard.label}${formatFen(vm.standard.amountFen)}（依据：${vm.standard.source}）。本人家庭人均月收入为${formatFen(vm.perCapitaMonthlyIncomeFen)}。${cite ? `根据${cite}的规定，` : ''}本人声明存在以下经济困难情形：`,
    TEXT,
  )
  numberedList(doc, vm.circumstances, TEXT)

  heading(doc, '四、承诺事项', TEXT)
  paragraph(doc, '本人郑重承诺：', { ...TEXT, keepWithNextLines: 2 })
  numberedList(doc, vm.commitments, TEXT)
  notes(doc, vm)

  spacer(doc, 0.6, TEXT.pitch)
  // The applicant signs and presses a fingerprint: that line gets the full width (in a half
  // column the long label left it too short for a name), and stays on the page with the rest.
  ensureSpace(doc, signatureLinesHeight(1, 1, SIZES.form) + signatureLinesHeight(4, 2, SIZES.form))
  signatureLines(doc, [{ label: '承诺人（签名并按指印）' }], { columns: 1, size: SIZES.form })
  signatureLines(
    doc,
    [
      { label: '承诺日期' },
      { label: '受理人', ...(vm.clerk ? { name: vm.clerk } : {}) },
      { label: '受理机构', name: vm.center.name },
    ],
    { columns: 2, size: SIZES.form },
  )
}
