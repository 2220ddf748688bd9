/**
 * Entry point for printing: `renderPdf(vm)` picks the template by `vm.kind`, checks that the
 * fonts can draw every character of the view model, and returns the PDF bytes.
 *
 * A character the fonts lack (a rare 生僻字 in a name, e.g. 𠮷) would print as an empty
 * box. renderPdf refuses with MissingGlyphsError listing those characters, so the caller
 * can warn the clerk; after the clerk confirms, the caller may pass allowMissingGlyphs.
 */
import { renderCombined, renderDocument, type DocMeta, type RenderedPdf } from './document'
import { chooseFontSet } from './fonts'
import { renderAcceptanceReceipt, ACCEPTANCE_RECEIPT_TITLE } from './templates/acceptance-receipt'
import { renderAssignmentNotice, ASSIGNMENT_NOTICE_TITLE } from './templates/assignment-notice'
import { renderGrantDecision, GRANT_DECISION_TITLE } from './templates/grant-decision'
import { renderHardshipDeclaration, HARDSHIP_DECLARATION_TITLE } from './templates/hardship-declaration'
import { renderOfficialLetter, OFFICIAL_LETTER_TITLE } from './templates/official-letter'
import { paymentListTitle, renderPaymentList } from './templates/payment-list'
import { renderRefusalDecision, REFUSAL_DECISION_TITLE } from './templates/refusal-decision'
import { renderSubsidyVoucher, SUBSIDY_APPROVAL_TITLE, SUBSIDY_VOUCHER_TITLE } from './templates/subsidy-voucher'
import { renderSupplementNotice, SUPPLEMENT_NOTICE_TITLE } from './templates/supplement-notice'
import { renderTerminationDecision, TERMINATION_DECISION_TITLE } from './templates/termination-decision'
import { standardDocNumber } from './layout'
import type { DocumentVm } from './view-models'

export class MissingGlyphsError extends Error {
  readonly chars: string[]
  constructor(chars: string[]) {
    super(`打印字体缺少以下字符：${chars.join('、')}。打印出来会是空白方框，请核对姓名等用字后再打印。`)
    this.name = 'MissingGlyphsError'
    this.chars = chars
  }
}

/** The document's name as printed in its title (and in the PDF's Title property). */
export function documentTitle(vm: DocumentVm): string {
  switch (vm.kind) {
    case 'acceptance-receipt':
      return ACCEPTANCE_RECEIPT_TITLE
    case 'supplement-notice':
      return SUPPLEMENT_NOTICE_TITLE
    case 'hardship-declaration':
      return HARDSHIP_DECLARATION_TITLE
    case 'grant-decision':
      return GRANT_DECISION_TITLE
    case 'refusal-decision':
      return REFUSAL_DECISION_TITLE
    case 'assignment-notice':
      return ASSIGNMENT_NOTICE_TITLE
    case 'official-letter':
      return OFFICIAL_LETTER_TITLE
    case 'termination-decision':
      return TERMINATION_DECISION_TITLE
    case 'subsidy-voucher':
      return vm.variant === 'voucher' ? SUBSIDY_VOUCHER_TITLE : SUBSIDY_APPROVAL_TITLE
    case 'payment-list':
      return paymentListTitle(vm.period)
    default:
      return assertNever(vm)
  }
}

function assertNever(x: never): never {
  throw new Error(`Unknown document kind: ${JSON.stringify(x)}`)
}

/** Lays out `vm` on `doc` with the template for its kind. */
export function renderTemplate(doc: PDFKit.PDFDocument, vm: DocumentVm): void {
  switch (vm.kind) {
    case 'acceptance-receipt':
      return renderAcceptanceReceipt(doc, vm)
    case 'supplement-notice':
      return renderSupplementNotice(doc, vm)
    case 'hardship-declaration':
      return renderHardshipDeclaration(doc, vm)
    case 'grant-decision':
      return renderGrantDecision(doc, vm)
    case 'refusal-decision':
      return renderRefusalDecision(doc, vm)
    case 'assignment-notice':
      return renderAssignmentNotice(doc, vm)
    case 'official-letter':
      return renderOfficialLetter(doc, vm)
    case 'termination-decision':
      return renderTerminationDecision(doc, vm)
    case 'subsidy-voucher':
      return renderSubsidyVoucher(doc, vm)
    case 'payment-list':
      return renderPaymentList(doc, vm)
    default:
      return assertNever(vm)
  }
}

/** What the title face prints: the center's name above the title, and the title. */
export function titleText(vm: DocumentVm): string {
  return `${vm.center.name}\n${documentTitle(vm)}`
}

/** Every string in the view model (keys excluded), joined: the text that may be printed. */
export function printableText(value: unknown): string {
  const out: string[] = []
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v)
    else if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object') Object.values(v).forEach(walk)
  }
  walk(value)
  return out.join('\n')
}

/** Forms and lists use the form page geometry; letters and decisions follow GB/T 9704. */
const FORM_KINDS: ReadonlySet<DocumentVm['kind']> = new Set(['hardship-declaration', 'subsidy-voucher', 'payment-list'])

export interface RenderPdfOptions {
  /** Print even if some characters cannot be drawn (after the user was warned). Default false. */
  allowMissingGlyphs?: boolean
}

export interface RenderPdfResult extends RenderedPdf {
  title: string
  /** Characters the fonts lack (empty unless allowMissingGlyphs was set). */
  missingGlyphs: string[]
}

/** Renders any document view model to PDF bytes. */
export async function renderPdf(vm: DocumentVm, options: RenderPdfOptions = {}): Promise<RenderPdfResult> {
  const name = documentTitle(vm)
  // Titles and fixed wording are in the template; the check covers them through the title
  // and the view model's own strings, which is where rare characters come from.
  const { fontSet, missing } = chooseFontSet(`${name}\n${printableText(vm)}`, titleText(vm))
  if (missing.length && !options.allowMissingGlyphs) throw new MissingGlyphsError(missing)
  const rendered = await renderDocument(
    {
      title: `${name} ${standardDocNumber(vm.docNumber)}`,
      author: vm.center.name,
      subject: name,
      issuedOn: vm.issuedOn,
      fontSet,
      geometry: FORM_KINDS.has(vm.kind) ? 'form' : 'gb9704',
      orientation: vm.kind === 'payment-list' ? 'landscape' : 'portrait',
    },
    (doc) => renderTemplate(doc, vm),
    // Long tables are not worth re-laying out; everything else may tighten its line pitch.
    { fitting: vm.kind !== 'payment-list' },
  )
  return { ...rendered, title: name, missingGlyphs: missing }
}

export interface BatchItem {
  vm: DocumentVm
  /** The body pitch the document was issued with (RenderedPdf.pitchScale), so pages break as in the issued file. */
  pitchScale?: number
}

export interface RenderBatchResult {
  pdf: Buffer
  pageCount: number
  /** Index of each document's first page in the combined PDF. */
  firstPages: number[]
  missingGlyphs: string[]
}

/**
 * Several documents of one kind in one PDF, for batch printing (pdfkit cannot merge existing
 * PDFs, so the run is laid out again from the stored view models). Each document starts on a
 * new page and numbers its pages from 1. Refuses mixed page geometries.
 */
export async function renderPdfBatch(
  items: readonly BatchItem[],
  options: RenderPdfOptions & { title: string; author: string; issuedOn: string },
  onProgress?: (done: number, total: number) => void | Promise<void>,
): Promise<RenderBatchResult> {
  if (items.length === 0) throw new RangeError('没有要合并打印的文书')
  const form = FORM_KINDS.has(items[0]!.vm.kind)
  const landscape = items[0]!.vm.kind === 'payment-list'
  for (const { vm } of items) {
    if (FORM_KINDS.has(vm.kind) !== form || (vm.kind === 'payment-list') !== landscape) {
      throw new RangeError('合并打印的文书版式必须相同（请按文书类型分批打印）')
    }
  }
  const { fontSet, missing } = chooseFontSet(
    items.map(({ vm }) => `${documentTitle(vm)}\n${printableText(vm)}`).join('\n'),
    items.map(({ vm }) => titleText(vm)).join('\n'),
  )
  if (missing.length && !options.allowMissingGlyphs) throw new MissingGlyphsError(missing)
  const meta: DocMeta = {
    title: options.title,
    author: options.author,
    subject: options.title,
    issuedOn: options.issuedOn as DocumentVm['issuedOn'],
    fontSet,
    geometry: form ? 'form' : 'gb9704',
    orientation: landscape ? 'landscape' : 'portrait',
  }
  const rendered = await renderCombined(
    meta,
    // Letters and decisions: each is checked again for a 落款 that needs body lines pulled over.
    items.map(({ vm, pitchScale }) => ({ build: (doc: PDFKit.PDFDocument) => renderTemplate(doc, vm), pitchScale: pitchScale ?? 1, planSignature: !form })),
    onProgress,
  )
  return { ...rendered, missingGlyphs: missing }
}

export { renderDocument, renderToBuffer, createDoc, renderCombined } from './document'
export { missingGlyphs, setResourcesDir, configureFonts, chooseFontSet } from './fonts'
export type * from './view-models'
