/** Pieces several templates share: the letterhead and the contact line. */
import { fenToChineseUpper, formatFen, type Fen } from '../../../../shared/domain/money'
import { cnDate, type PdfDoc } from '../document'
import { docNumberLine, fieldLine, formatBasis, issuerHeading, paragraph, spacer, title } from '../layout'
import type { CenterInfo, DocumentBase, ObjectionInfo } from '../view-models'

export { cnDate, formatFen, fenToChineseUpper }

/** Center name, document title, document number, then one blank line. */
export function letterhead(doc: PdfDoc, vm: DocumentBase, documentTitle: string): void {
  issuerHeading(doc, vm.center.name)
  title(doc, documentTitle)
  docNumberLine(doc, vm.docNumber)
  spacer(doc, 0.5)
}

/** "联系地址：…" and "联系电话：…" lines. */
export function contactLines(doc: PdfDoc, center: CenterInfo): void {
  const address = center.postcode ? `${center.address}（邮编：${center.postcode}）` : center.address
  fieldLine(doc, '联系地址', address)
  fieldLine(doc, '联系电话', center.phone)
}

/** The centre's extra paragraphs, if any. */
export function notes(doc: PdfDoc, vm: DocumentBase): void {
  for (const n of vm.notes ?? []) paragraph(doc, n)
}

/** The basis clause, or an empty string when the caller gave none. */
export function basisText(vm: DocumentBase): string {
  return formatBasis(vm.basis)
}

/** The objection paragraph of refusal and termination decisions. */
export function objectionParagraph(doc: PdfDoc, objection: ObjectionInfo): void {
  const cite = objection.basis.length ? `依照${formatBasis(objection.basis)}的规定，` : ''
  const period = objection.periodDays != null ? `自收到本决定书之日起${objection.periodDays}日内，` : ''
  const contact = objection.contact ? `（${objection.contact}）` : ''
  paragraph(doc, `如对本决定有异议，${cite}可以${period}向${objection.authority}${contact}提出。`)
}

/** ¥1,234.56（大写：壹仟贰佰叁拾肆元伍角陆分） */
export function moneyBoth(fen: Fen): string {
  return `${formatFen(fen)}（大写：${fenToChineseUpper(fen)}）`
}
