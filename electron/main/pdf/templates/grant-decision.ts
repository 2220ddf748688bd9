/** 给予法律援助决定书 */
import type { PdfDoc } from '../document'
import { addressee, numberedList, paragraph, signatureBlock } from '../layout'
import type { GrantDecisionVm } from '../view-models'
import { basisText, cnDate, contactLines, letterhead, notes, withReviewLead } from './common'

export const GRANT_DECISION_TITLE = '给予法律援助决定书'

export function renderGrantDecision(doc: PdfDoc, vm: GrantDecisionVm): void {
  letterhead(doc, vm, GRANT_DECISION_TITLE)
  addressee(doc, vm.applicant.name)
  const cite = basisText(vm)
  // The reviewer's findings may already open with 经审查: it is not said twice.
  const findings = withReviewLead('经审查，', vm.findings.replace(/[。；，]$/, ''))
  paragraph(
    doc,
    `你于${cnDate(vm.receivedOn)}提出的法律援助申请（受理编号：${vm.applicationNo}，申请事项：${vm.matter}），${findings}${cite ? `，符合${cite}规定的法律援助条件` : ''}。本中心决定给予法律援助，援助形式为${vm.aidForm}。`,
  )
  if (vm.assignBy) {
    paragraph(doc, `本中心将于${cnDate(vm.assignBy)}前指派法律援助人员承办，并将承办人员的姓名和联系方式告知你。`)
  }
  if (vm.notices.length) {
    paragraph(doc, '请你知悉以下事项：', { keepWithNextLines: 2 })
    numberedList(doc, vm.notices)
  }
  notes(doc, vm)
  contactLines(doc, vm.center)
  signatureBlock(doc, { org: vm.center.name, date: vm.issuedOn })
}
