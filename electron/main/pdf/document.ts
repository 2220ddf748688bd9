/**
 * The A4 document every printed form starts from: CJK fonts registered as 'cjk' and
 * 'cjk-bold', GB/T 9704-2012 page geometry, fixed metadata, page numbers, and rendering to
 * a Buffer.
 *
 * Reprints are byte-identical: pdfkit derives the file ID from the info dictionary and the
 * subset font tag from the font's resource id, so with a CreationDate taken from the view
 * model (never "now") the same inputs give the same bytes.
 */
import PDFDocument from 'pdfkit'
import { formatChineseDate, type LocalDate } from '../../../shared/domain/dates'
import { parsedFont, preferredFontSet, type FontSet } from './fonts'

export type PdfDoc = PDFKit.PDFDocument

/** Points per millimetre. */
export const MM = 72 / 25.4

export const A4 = { width: 595.28, height: 841.89 } as const

/**
 * GB/T 9704-2012 §5.2: top 37 mm, binding (left) edge 28 mm, text block 156 mm × 225 mm,
 * so right 26 mm and bottom 35 mm.
 */
export const MARGINS = { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM } as const

export const CONTENT_WIDTH = A4.width - MARGINS.left - MARGINS.right

/**
 * Forms (declaration, subsidy approval form, payment list) are not 公文 and need the room:
 * 20 mm all round, 25 mm at the binding edge.
 */
export const FORM_MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 25 * MM, right: 20 * MM } as const

export type PageGeometry = 'gb9704' | 'form'

export interface Box {
  left: number
  right: number
  top: number
  bottom: number
  width: number
}

/** The text block of the current page. */
export function textBox(doc: PdfDoc): Box {
  const m = doc.page.margins
  return { left: m.left, right: doc.page.width - m.right, top: m.top, bottom: doc.page.height - m.bottom, width: doc.page.width - m.left - m.right }
}

/** Font sizes (pt). 二号 22, 三号 16, 四号 14, 小四 12, 五号 10.5. */
export const SIZES = {
  /** 二号: document titles. */
  title: 22,
  /**
   * 三号 body. GB/T 9704 sets 28 characters per 156 mm line, i.e. 15.79 pt per character;
   * 15.75 leaves a hair of slack so rounding never pushes the 28th character to a new line.
   */
  body: 15.75,
  /** 四号: page numbers, form labels. */
  small: 14,
  /** 小四: dense forms. */
  form: 12,
  /** 五号: tables with many columns. */
  table: 10.5,
} as const

/** GB/T 9704: 22 lines in the 225 mm text block. */
export const BODY_PITCH = (225 * MM) / 22

export type PageNumberStyle = 'gb9704' | 'center' | 'none'

export interface DocMeta {
  /** Title in the PDF's properties, e.g. '不予法律援助决定书 南法援不〔2026〕第0007号'. */
  title: string
  /** Author in the PDF's properties: the center's name. */
  author: string
  subject?: string
  keywords?: string
  /** The document's date; CreationDate is 00:00 of this day in Asia/Shanghai unless createdAtMs is given. */
  issuedOn: LocalDate
  /** Exact creation instant (epoch ms) when the caller has one recorded with the issue. */
  createdAtMs?: number
  /**
   * 'gb9704' (default): 「— 1 —」 in 四号, odd pages at the right and even pages at the left,
   * one character in from the text block, 7 mm below it. 'center' centres every number.
   */
  pageNumbers?: PageNumberStyle
  /** Fonts to embed. Default: the preferred set from the font settings. */
  fontSet?: FontSet
  /** 'gb9704' (default) for letters and decisions, 'form' for forms and lists. */
  geometry?: PageGeometry
  /** Default portrait; wide lists print landscape. */
  orientation?: 'portrait' | 'landscape'
}

interface DocState {
  meta: DocMeta
  fontSet: FontSet
  /** Multiplier of BODY_PITCH for this rendering (see renderDocument's fitting). */
  pitchScale: number
  /** Set by the layout when the signature block had to start a page of its own. */
  orphanedSignature: boolean
}

const states = new WeakMap<PdfDoc, DocState>()

/** The creation instant for a document: explicit, or 00:00 of issuedOn in Asia/Shanghai (UTC+8). */
export function creationDateOf(meta: Pick<DocMeta, 'issuedOn' | 'createdAtMs'>): Date {
  if (meta.createdAtMs != null) return new Date(meta.createdAtMs)
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(meta.issuedOn)
  if (!m) throw new RangeError(`日期格式应为 YYYY-MM-DD：${meta.issuedOn}`)
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - 8 * 3600 * 1000)
}

/** A4 PDFDocument with 'cjk' / 'cjk-bold' registered and selected at body size. */
export function createDoc(meta: DocMeta, pitchScale = 1): PdfDoc {
  const fontSet = meta.fontSet ?? preferredFontSet()
  const created = creationDateOf(meta)
  const info: PDFKit.DocumentInfo = {
    Title: meta.title,
    Author: meta.author,
    Creator: '法援工作台 LegalAid Desk',
    Producer: 'PDFKit',
    CreationDate: created,
    ModDate: created,
  }
  if (meta.subject) info.Subject = meta.subject
  if (meta.keywords) info.Keywords = meta.keywords
  const doc = new PDFDocument({
    size: 'A4',
    layout: meta.orientation ?? 'portrait',
    margins: { ...(meta.geometry === 'form' ? FORM_MARGINS : MARGINS) },
    bufferPages: true, // page numbers are stamped once the page count is known
    autoFirstPage: true,
    info,
    lang: 'zh-CN',
    displayTitle: true,
    pdfVersion: '1.7',
  })
  // The parsed fonts are shared across documents (fonts.ts: parsedFont); pdfkit accepts them as is.
  doc.registerFont('cjk', parsedFont(fontSet.regular) as unknown as Buffer)
  doc.registerFont('cjk-bold', parsedFont(fontSet.bold) as unknown as Buffer)
  doc.font('cjk').fontSize(SIZES.body)
  doc.fillColor('black').strokeColor('black')
  states.set(doc, { meta, fontSet, pitchScale, orphanedSignature: false })
  return doc
}

function stateOf(doc: PdfDoc): DocState {
  const state = states.get(doc)
  if (!state) throw new Error('This document was not made by createDoc()')
  return state
}

export function fontSetOf(doc: PdfDoc): FontSet {
  return stateOf(doc).fontSet
}

/** Body line pitch for this document: BODY_PITCH, tightened when fitting needs it. */
export function bodyPitch(doc: PdfDoc): number {
  return BODY_PITCH * (states.get(doc)?.pitchScale ?? 1)
}

/** Called by the layout when the signature block could not stay on the page with the body. */
export function markOrphanedSignature(doc: PdfDoc): void {
  const state = states.get(doc)
  if (state) state.orphanedSignature = true
}

/** Page number text: 「— 1 —」. */
export function pageNumberLabel(n: number): string {
  return `— ${n} —`
}

/** Stamps 「— n —」 on every buffered page. Called by renderDocument before end(). */
export function stampPageNumbers(doc: PdfDoc, style: PageNumberStyle = 'gb9704'): void {
  const range = doc.bufferedPageRange()
  stampPageNumbersIn(doc, style, range.start, range.count)
}

/** Stamps 「— n —」 on `count` buffered pages from page index `first`, numbering them 1, 2, … */
export function stampPageNumbersIn(doc: PdfDoc, style: PageNumberStyle, first: number, count: number): void {
  if (style === 'none') return
  const size = SIZES.small
  for (let i = first; i < first + count; i++) {
    doc.switchToPage(i)
    const n = i - first + 1
    const label = pageNumberLabel(n)
    doc.font('cjk').fontSize(size)
    const w = doc.widthOfString(label)
    let x: number
    const box = textBox(doc)
    if (style === 'center') x = box.left + (box.width - w) / 2
    else if (n % 2 === 1) x = box.right - size - w // odd: right, one character in
    else x = box.left + size // even: left, one character in
    const y = box.bottom + (states.get(doc)?.meta.geometry === 'form' ? 3 * MM : 7 * MM)
    // Drawing below the text block must not trigger pdfkit's automatic page break.
    const savedBottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    doc.text(label, x, y, { lineBreak: false })
    doc.page.margins.bottom = savedBottom
  }
}

export interface RenderedPdf {
  pdf: Buffer
  pageCount: number
  fontSet: FontSet
  /** BODY_PITCH multiplier the document was laid out with (1 unless fitting tightened it). */
  pitchScale: number
}

export interface RenderOptions {
  /**
   * GB/T 9704 §7.3.5.1: when the space left cannot hold the seal and date, adjust the line
   * spacing rather than print the signature alone. With fitting on (default), a document whose
   * signature block would start a page of its own, or which would fit on fewer pages with
   * slightly tighter lines, is laid out again with the body pitch scaled by one of
   * FITTING_SCALES. Deterministic: the same input always picks the same scale.
   */
  fitting?: boolean
}

export const FITTING_SCALES = [1, 0.93, 0.87, 0.82] as const

interface Attempt {
  pdf: Buffer
  pageCount: number
  fontSet: FontSet
  pitchScale: number
  orphan: boolean
}

function renderOnce(meta: DocMeta, build: (doc: PdfDoc) => void, pitchScale: number): Promise<Attempt> {
  return new Promise<Attempt>((resolvePromise, reject) => {
    let doc: PdfDoc
    try {
      doc = createDoc(meta, pitchScale)
    } catch (err) {
      reject(err)
      return
    }
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('error', reject)
    try {
      build(doc)
      const pageCount = doc.bufferedPageRange().count
      stampPageNumbers(doc, meta.pageNumbers ?? 'gb9704')
      const { fontSet, orphanedSignature } = stateOf(doc)
      doc.on('end', () => resolvePromise({ pdf: Buffer.concat(chunks), pageCount, fontSet, pitchScale, orphan: orphanedSignature }))
      doc.end()
    } catch (err) {
      reject(err)
    }
  })
}

/** Builds a document and returns its bytes with the page count. */
export async function renderDocument(meta: DocMeta, build: (doc: PdfDoc) => void, options: RenderOptions = {}): Promise<RenderedPdf> {
  const first = await renderOnce(meta, build, 1)
  let chosen = first
  if (options.fitting !== false && (first.orphan || first.pageCount > 1)) {
    let firstClean: Attempt | null = first.orphan ? null : first
    for (const scale of FITTING_SCALES.slice(1)) {
      const attempt = await renderOnce(meta, build, scale)
      if (attempt.orphan) continue
      if (attempt.pageCount < first.pageCount) {
        chosen = attempt // fewer pages with only slightly tighter lines
        firstClean = null
        break
      }
      firstClean ??= attempt
    }
    if (firstClean) chosen = firstClean
  }
  return { pdf: chosen.pdf, pageCount: chosen.pageCount, fontSet: chosen.fontSet, pitchScale: chosen.pitchScale }
}

/** Builds a document and returns its bytes. */
export async function renderToBuffer(meta: DocMeta, build: (doc: PdfDoc) => void, options: RenderOptions = {}): Promise<Buffer> {
  return (await renderDocument(meta, build, options)).pdf
}

/** 2026-03-09 → 2026年3月9日. */
export function cnDate(date: LocalDate | string): string {
  return formatChineseDate(date as LocalDate)
}

/** One document of a combined print run, laid out with the pitch it was issued with. */
export interface CombinedPart {
  build: (doc: PdfDoc) => void
  pitchScale: number
}

export interface RenderedCombined {
  pdf: Buffer
  pageCount: number
  /** Index of each part's first page. */
  firstPages: number[]
}

/**
 * Several documents of the same page geometry in ONE PDF (batch printing): each starts on a new
 * page, keeps the pitch it was issued with (so it breaks pages as the issued file does), and
 * numbers its pages from 1. `onPart(done, total)` is awaited after each part; the event loop
 * gets a turn between parts, so progress can be polled while a long run renders.
 */
export async function renderCombined(
  meta: DocMeta,
  parts: readonly CombinedPart[],
  onPart?: (done: number, total: number) => void | Promise<void>,
): Promise<RenderedCombined> {
  if (parts.length === 0) throw new RangeError('没有要合并打印的文书')
  const doc = createDoc(meta, parts[0]!.pitchScale)
  const state = stateOf(doc)
  const chunks: Buffer[] = []
  const ended = new Promise<void>((resolvePromise, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolvePromise())
    doc.on('error', reject)
  })
  const firstPages: number[] = []
  for (const [i, part] of parts.entries()) {
    if (i > 0) {
      doc.addPage()
      doc.x = doc.page.margins.left
      doc.y = doc.page.margins.top
      doc.font('cjk').fontSize(SIZES.body)
    }
    firstPages.push(doc.bufferedPageRange().count - 1)
    state.pitchScale = part.pitchScale
    part.build(doc)
    await onPart?.(i + 1, parts.length)
    await new Promise<void>((r) => setImmediate(r))
  }
  const pageCount = doc.bufferedPageRange().count
  firstPages.forEach((first, i) => {
    const next = firstPages[i + 1] ?? pageCount
    stampPageNumbersIn(doc, meta.pageNumbers ?? 'gb9704', first, next - first)
  })
  doc.end()
  await ended
  return { pdf: Buffer.concat(chunks), pageCount, firstPages }
}
