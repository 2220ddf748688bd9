/** 法律援助申请受理回执 */
import type { PdfDoc } from '../document'
import { addressee, fieldLine, numberedList, paragraph, signatureBlock } from '../layout'
import type { AcceptanceReceiptVm } from '../view-models'
import { basisText, cnDate, contactLines, letterhead, notes } from './common'

export const ACCEPTANCE_RECEIPT_TITLE = '法律援助申请受理回执'

export function renderAcceptanceReceipt(doc: PdfDoc, vm: AcceptanceReceiptVm): void {
  letterhead(doc, vm, ACCEPTANCE_RECEIPT_TITLE)
  addressee(doc, vm.applicant.name)
  const by = vm.agent ? `由${vm.agent.relation}${vm.agent.name}代为` : ''
  const channel = vm.channel ? `（申请方式：${vm.channel}）` : ''
  paragraph(
    doc,
    `你于${cnDate(vm.receivedOn)}${by}提出的法律援助申请${channel}，申请事项为${vm.matter}，本中心已收到并予以受理，受理编号为${vm.applicationNo}。`,
  )
  if (vm.materials.length) {
    paragraph(doc, `本中心收到你提交的材料共${vm.materials.length}项：`, { keepWithNextLines: 2 })
    numberedList(doc, vm.materials)
  }
  const cite = basisText(vm)
  paragraph(
    doc,
    `本中心将${cite ? `依照${cite}的规定` : '依法'}进行审查，并于${cnDate(vm.decisionDueOn)}前作出是否给予法律援助的决定。审查中需要你补充材料或者作出说明的，本中心将一次性书面告知；补充材料、作出说明所需的时间不计入审查期限。`,
  )
  notes(doc, vm)
  contactLines(doc, vm.center)
  fieldLine(doc, '受理人', vm.clerk)
  signatureBlock(doc, { org: vm.center.name, date: vm.issuedOn })
}
