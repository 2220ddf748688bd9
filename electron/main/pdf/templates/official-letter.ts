/** 法律援助公函: tells the court, procuratorate or public security organ which lawyer was assigned */
import type { PdfDoc } from '../document'
import { addressee, attachments, fieldLine, paragraph, signatureBlock } from '../layout'
import type { OfficialLetterVm } from '../view-models'
import { basisText, cnDate, letterhead, notes } from './common'

export const OFFICIAL_LETTER_TITLE = '法律援助公函'

export function renderOfficialLetter(doc: PdfDoc, vm: OfficialLetterVm): void {
  letterhead(doc, vm, OFFICIAL_LETTER_TITLE)
  addressee(doc, vm.organ)
  const you = vm.organShort ?? (vm.organKind === 'police' ? '你局' : '你院')
  const cite = basisText(vm)
  const source =
    vm.source.kind === 'notification'
      ? `本中心于${cnDate(vm.source.receivedOn)}收到${you}${vm.source.noticeRef}《${vm.source.noticeTitle.replace(/^《|》$/g, '')}》`
      : `本中心于${cnDate(vm.source.receivedOn)}收到${vm.recipient.name}的法律援助申请，经审查决定给予法律援助`
  const caseRef = vm.organCaseNo ? `${you}${vm.organCaseNo}` : ''
  paragraph(
    doc,
    `${source}。${cite ? `根据${cite}的规定，` : ''}本中心指派${vm.lawyer.firm}${vm.lawyer.name}律师担任${caseRef}${vm.recipient.role}${vm.recipient.name}${vm.caseName}一案的${vm.counselRole}。`,
  )
  paragraph(doc, '特此函告。')
  notes(doc, vm)
  fieldLine(doc, '承办律师', vm.lawyer.licenseNo ? `${vm.lawyer.name}（执业证号：${vm.lawyer.licenseNo}）` : vm.lawyer.name)
  fieldLine(doc, '律师事务所', vm.lawyer.firm)
  fieldLine(doc, '联系电话', vm.lawyer.phone)
  attachments(doc, vm.attachments ?? [])
  signatureBlock(doc, { org: vm.center.name, date: vm.issuedOn })
}
