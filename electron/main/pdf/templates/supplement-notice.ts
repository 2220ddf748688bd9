/** 补充材料通知书 */
import type { PdfDoc } from '../document'
import { addressee, numberedList, paragraph, signatureBlock } from '../layout'
import type { SupplementNoticeVm } from '../view-models'
import { basisText, cnDate, contactLines, letterhead, notes } from './common'

export const SUPPLEMENT_NOTICE_TITLE = '补充材料通知书'

export function renderSupplementNotice(doc: PdfDoc, vm: SupplementNoticeVm): void {
  if (vm.missingMaterials.length === 0) throw new Error('补充材料通知书至少要列出一项需要补充的材料')
  letterhead(doc, vm, SUPPLEMENT_NOTICE_TITLE)
  addressee(doc, vm.applicant.name)
  const cite = basisText(vm)
  paragraph(
    doc,
    `你于${cnDate(vm.receivedOn)}提出的法律援助申请（受理编号：${vm.applicationNo}，申请事项：${vm.matter}），经审查，申请材料不齐全。${cite ? `根据${cite}的规定，` : ''}现一次性告知你需要补充的材料如下：`,
    { keepWithNextLines: 1 },
  )
  numberedList(
    doc,
    vm.missingMaterials.map((m) => (m.note ? `${m.name}（${m.note}）` : m.name)),
  )
  paragraph(
    doc,
    `请你于${cnDate(vm.supplyBy)}前将上述材料提交本中心，或者就无法提交的原因作出书面说明。${vm.howToSubmit ?? ''}`,
  )
  paragraph(
    doc,
    '自本通知书发出之日起至本中心收到你补充的全部材料或者说明之日止，审查期限暂停计算，补充材料所需时间不计入审查期限。逾期未补充材料或者作出说明的，视为撤回申请。',
  )
  notes(doc, vm)
  contactLines(doc, vm.center)
  signatureBlock(doc, { org: vm.center.name, date: vm.issuedOn })
}
