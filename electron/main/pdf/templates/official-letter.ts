/** 法律援助公函: tells the court, procuratorate, public security organ or other body which lawyer was assigned */
import type { PdfDoc } from '../document'
import { addressee, attachments, fieldLine, paragraph, signatureBlock } from '../layout'
import type { OfficialLetterVm } from '../view-models'
import { basisText, cnDate, letterhead, notes } from './common'

export const OFFICIAL_LETTER_TITLE = '法律援助公函'

/**
 * How the letter addresses the receiving body in its text, recognised from the end of the
 * body's name (most specific first). The name decides when it is recognised, because the
 * organ kind can only say court / procuratorate / police: a letter to 南宁市劳动人事争议仲裁委员会
 * or to a 公证处 is typed as free text.
 */
const ADDRESS_BY_NAME_ENDING: readonly (readonly [RegExp, string])[] = [
  [/(?:人民)?法庭$/, '你庭'], // 人民法庭 (a court's branch)
  [/法院$/, '你院'], // 人民法院, 铁路运输法院, 知识产权法院, 海事法院
  [/检察院$/, '你院'],
  [/仲裁院$/, '你院'], // 劳动人事争议仲裁院
  [/(?:派出所|看守所|拘留所|戒毒所|司法所)$/, '你所'],
  [/公安(?:分)?局$/, '你局'],
  [/公安厅$/, '你厅'],
  [/(?:仲裁委员会|仲裁委|委员会)$/, '你委'], // 劳动人事争议仲裁委员会, 仲裁委员会, 人民调解委员会
  [/公证处$/, '你处'],
  [/(?:分局|局)$/, '你局'], // 司法局, 人力资源和社会保障局, 市场监督管理局
  [/厅$/, '你厅'],
  [/委$/, '你委'], // 卫健委, 发改委
  [/(?:办公室|办)$/, '你办'],
  [/处$/, '你处'],
]

const ADDRESS_BY_KIND: Readonly<Record<string, string>> = {
  court: '你院',
  procuratorate: '你院',
  police: '你局',
  arbitration: '你委',
  notary: '你处',
  administrative: '你单位',
}

/**
 * The form of address for the receiving body: the explicit short form when the clerk gave one,
 * else from the name's ending (…法院/…检察院 → 你院, …公安局 → 你局, …仲裁委员会 → 你委,
 * …公证处 → 你处, …局 → 你局 …), else from the organ kind, else 你单位.
 */
export function organAddress(organ: string, organKind?: string, organShort?: string): string {
  const short = organShort?.trim()
  if (short) return short
  const name = organ.trim().replace(/[：:]$/, '')
  for (const [ending, address] of ADDRESS_BY_NAME_ENDING) if (ending.test(name)) return address
  return (organKind && ADDRESS_BY_KIND[organKind]) || '你单位'
}

export function renderOfficialLetter(doc: PdfDoc, vm: OfficialLetterVm): void {
  letterhead(doc, vm, OFFICIAL_LETTER_TITLE)
  addressee(doc, vm.organ)
  const you = organAddress(vm.organ, vm.organKind, vm.organShort)
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
