/** 终止法律援助决定书 */
import type { PdfDoc } from '../document'
import { addressee, copyTo, copyToHeight, paragraph, signatureBlock } from '../layout'
import type { TerminationDecisionVm } from '../view-models'
import { basisText, cnDate, contactLines, letterhead, notes, objectionParagraph, standardDocNumber, withReviewLead } from './common'

export const TERMINATION_DECISION_TITLE = '终止法律援助决定书'

export function renderTerminationDecision(doc: PdfDoc, vm: TerminationDecisionVm): void {
  letterhead(doc, vm, TERMINATION_DECISION_TITLE)
  addressee(doc, vm.recipient.name)
  paragraph(
    doc,
    `本中心于${cnDate(vm.grantDecision.issuedOn)}作出${standardDocNumber(vm.grantDecision.docNumber)}给予法律援助决定书，决定对你申请的${vm.matter}事项（案件编号：${vm.caseNo}）给予法律援助。${withReviewLead('经查，', vm.facts.replace(/[。；，]$/, ''))}，属于“${vm.ground}”的情形。`,
  )
  const cite = basisText(vm)
  paragraph(doc, `${cite ? `根据${cite}的规定，` : ''}本中心决定自本决定作出之日起终止对你的法律援助。`)
  objectionParagraph(doc, vm.objection)
  notes(doc, vm)
  contactLines(doc, vm.center)
  // The 版记 (抄送) stays on the 落款's page, at its foot.
  signatureBlock(doc, { org: vm.center.name, date: vm.issuedOn, reserveAfter: copyToHeight(doc, vm.copyTo ?? []) })
  copyTo(doc, vm.copyTo ?? [])
}
