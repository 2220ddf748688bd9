/** Pieces several templates share: the letterhead, the contact line, and wording helpers. */
import { fenToChineseUpper, formatFen, type Fen } from '../../../../shared/domain/money'
import { cnDate, type PdfDoc } from '../document'
import { docNumberLine, fieldLine, formatBasis, issuerHeading, paragraph, spacer, standardDocNumber, title } from '../layout'
import type { CenterInfo, DocumentBase, ObjectionInfo } from '../view-models'

export { cnDate, formatFen, fenToChineseUpper, standardDocNumber }

/** Center name and document title (小标宋), the 发文字号, then half a blank line before the addressee. */
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

/** Openings that already say the matter was reviewed (经审查， 经查， 经审核， 经核查， 经调查，). */
const REVIEW_OPENING = /^\s*经(?:审查|审核|核查|调查|复查|查明|查实|查)后?(?:认为|发现|确认)?\s*[，,：:]?\s*/

/**
 * `lead` (e.g. 经审查，) followed by `text`, unless `text` already opens with such words, in
 * which case its own opening is kept (punctuated with a full-width comma): 「经审查，经审查，…」
 * never reaches paper.
 */
export function withReviewLead(lead: string, text: string): string {
  const m = REVIEW_OPENING.exec(text)
  if (!m) return `${lead}${text}`
  const opening = m[0].replace(/[\s，,：:、]+$/, '')
  return `${opening}，${text.slice(m[0].length)}`
}

/** Drops a leading 经审查，/经查， from an item that follows a sentence which already says so. */
export function withoutReviewLead(text: string): string {
  return text.replace(REVIEW_OPENING, '')
}

/** ¥1,234.56（大写：壹仟贰佰叁拾肆元伍角陆分） */
export function moneyBoth(fen: Fen): string {
  return `${formatFen(fen)}（大写：${fenToChineseUpper(fen)}）`
}
