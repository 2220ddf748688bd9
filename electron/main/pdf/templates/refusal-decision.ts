/** 不予法律援助决定书 */
import type { PdfDoc } from '../document'
import { addressee, numberedList, paragraph, signatureBlock } from '../layout'
import type { RefusalDecisionVm } from '../view-models'
import { basisText, cnDate, contactLines, letterhead, notes, objectionParagraph, withoutReviewLead, withReviewLead } from './common'

export const REFUSAL_DECISION_TITLE = '不予法律援助决定书'

export function renderRefusalDecision(doc: PdfDoc, vm: RefusalDecisionVm): void {
  if (vm.reasons.length === 0) throw new Error('不予法律援助决定书必须写明理由')
  letterhead(doc, vm, REFUSAL_DECISION_TITLE)
  addressee(doc, vm.applicant.name)
  const intro = `你于${cnDate(vm.receivedOn)}提出的法律援助申请（受理编号：${vm.applicationNo}，申请事项：${vm.matter}），`
  // A reason may already open with 经审查 (or 经查明): it is not said twice.
  if (vm.reasons.length === 1) {
    paragraph(doc, `${intro}${withReviewLead('经审查，', vm.reasons[0]!.replace(/[。；]$/, ''))}。`)
  } else {
    paragraph(doc, `${intro}经审查，存在以下情形：`, { keepWithNextLines: 1 })
    numberedList(doc, vm.reasons.map((r, i) => withoutReviewLead(r).replace(/[。；]$/, '') + (i === vm.reasons.length - 1 ? '。' : '；')))
  }
  const cite = basisText(vm)
  paragraph(doc, `${cite ? `根据${cite}的规定，` : ''}本中心决定不予法律援助。`)
  objectionParagraph(doc, vm.objection)
  notes(doc, vm)
  contactLines(doc, vm.center)
  signatureBlock(doc, { org: vm.center.name, date: vm.issuedOn })
}
