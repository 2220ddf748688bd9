/**
 * The A4 document every printed form starts from: the CJK faces registered per role (仿宋 body
 * 'cjk', 黑体 'cjk-bold', 小标宋 'cjk-title', 楷体 'cjk-kai', 宋体 'cjk-song'; see fonts.ts),
 * GB/T 9704-2012 page geometry, fixed metadata (with the fonts used), page numbers, and
 * rendering to a Buffer.
 *
 * Reprints are byte-identical: pdfkit derives the file ID from the info dictionary and the
 * subset font tag from the font's resource id, so with a CreationDate taken from the view
 * model (never "now") the same inputs give the same bytes.
 */
import PDFDocument from 'pdfkit'
import { formatChineseDate, type LocalDate } from '../../../shared/domain/dates'
import { describeFace, FONT_ROLES, parsedFont, preferredFontSet, ROLE_FONT_NAME, ROLE_LABEL, type FontRole, type FontSet } from './fonts'

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
  /** 三号 body. Set on the GB/T 9704 grid of 28 characters per line (see BODY_CHAR_PITCH). */
  body: 16,
  /** 四号: page numbers, form labels. */
  small: 14,
  /** 小四: dense forms. */
  form: 12,
  /** 五号: tables with many columns. */
  table: 10.5,
} as const

/** GB/T 9704: 22 lines in the 225 mm text block. */
export const BODY_PITCH = (225 * MM) / 22

/**
 * GB/T 9704 §5.2.3: 28 characters fill the 156 mm line, i.e. 15.79 pt per character. A 三号
 * (16 pt) glyph is a hair wider, so body text is set as a word processor's document grid sets
 * it: 16 pt glyphs advanced by 15.79 pt (a character spacing of -0.21 pt).
 */
export const BODY_CHAR_PITCH = (156 * MM) / 28

/** Character spacing (Tc) that puts text of `size` on the grid: -0.21 pt for the body size, 0 otherwise. */
export function trackingFor(size: number): number {
  return size === SIZES.body ? BODY_CHAR_PITCH - SIZES.body : 0
}

/** The width of one 字 (GB/T 9704 §3.1) at `size`: the advance of one ideograph on the grid. */
export function charWidth(size: number): number {
  return size + trackingFor(size)
}

export type PageNumberStyle = 'gb9704' | 'center' | 'none'

export interface DocMeta {
  /** Title in the PDF's properties, e.g. '不予法律援助决定书 南法援不〔2026〕7号'. */
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
  /** Set by the layout when the signature block would stand on a page without body text. */
  orphanedSignature: boolean
  /** Text lines written so far (textBlock counts them; tables do not). */
  lineNo: number
  /** The last body line (正文: not a field line such as 联系电话, not the 落款) and the page it is on. */
  lastBodyLine: number | null
  lastBodyPage: number
  /** With orphanedSignature: the first line to pull over to the 落款's page. */
  pullFromLine: number | null
  /** Start a new page before this text line (pulls the last lines over to the 落款's page). */
  breakBeforeLine: number | null
  /** Registered font names the document selected (pdfkit shares one embedded font between roles with the same face). */
  usedFonts: Set<string>
}

/** How the layout may be adjusted, beyond the pitch scale. */
export interface LayoutPlan {
  pitchScale: number
  /** Start a new page before this text line (see RenderOptions.fitting). Default none. */
  breakBeforeLine?: number | null
}

const states = new WeakMap<PdfDoc, DocState>()

/** The creation instant for a document: explicit, or 00:00 of issuedOn in Asia/Shanghai (UTC+8). */
export function creationDateOf(meta: Pick<DocMeta, 'issuedOn' | 'createdAtMs'>): Date {
  if (meta.createdAtMs != null) return new Date(meta.createdAtMs)
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(meta.issuedOn)
  if (!m) throw new RangeError(`日期格式应为 YYYY-MM-DD：${meta.issuedOn}`)
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - 8 * 3600 * 1000)
}

/** A4 PDFDocument with every font role registered ('cjk' = body) and the body face selected at body size. */
export function createDoc(meta: DocMeta, plan: number | LayoutPlan = 1): PdfDoc {
  const { pitchScale, breakBeforeLine = null } = typeof plan === 'number' ? { pitchScale: plan } : plan
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
  // A registered face costs nothing until used: only the faces a document draws with are embedded.
  for (const role of FONT_ROLES) doc.registerFont(ROLE_FONT_NAME[role], parsedFont(fontSet.faces[role]) as unknown as Buffer)
  doc.font(ROLE_FONT_NAME.body).fontSize(SIZES.body)
  doc.fillColor('black').strokeColor('black')
  const usedFonts = new Set<string>([ROLE_FONT_NAME.body])
  const selectFont = doc.font.bind(doc) as (...args: unknown[]) => PdfDoc
  ;(doc as unknown as { font: (...args: unknown[]) => PdfDoc }).font = (src: unknown, ...rest: unknown[]) => {
    if (typeof src === 'string') usedFonts.add(src)
    return selectFont(src, ...rest)
  }
  states.set(doc, { meta, fontSet, pitchScale, orphanedSignature: false, lineNo: 0, lastBodyLine: null, lastBodyPage: -1, pullFromLine: null, breakBeforeLine, usedFonts })
  return doc
}

/** The roles whose face this document has selected, in FONT_ROLES order. */
export function usedFontRoles(doc: PdfDoc): FontRole[] {
  const used = stateOf(doc).usedFonts
  return FONT_ROLES.filter((role) => used.has(ROLE_FONT_NAME[role]))
}

/**
 * Records the fonts the document used in its properties: Keywords (shown by PDF readers and
 * Windows Explorer) gets 「字体：正文 仿宋；标题 方正小标宋…」, and a custom entry `Fonts` names each
 * role's face and file, e.g. `body=仿宋 (simfang.ttf); title=Noto Serif SC Bold (NotoSerifSC-Bold.ttf)`.
 * Only file names are written, never folders. Called just before end().
 */
export function recordFonts(doc: PdfDoc): void {
  const state = stateOf(doc)
  const roles = usedFontRoles(doc)
  const faces = state.fontSet.faces
  const info = doc.info as Record<string, unknown>
  const summary = `字体：${roles.map((r) => `${ROLE_LABEL[r]} ${faces[r].name}`).join('；')}`
  info.Keywords = state.meta.keywords ? `${state.meta.keywords}；${summary}` : summary
  info.Fonts = roles.map((r) => `${r}=${describeFace(faces[r])}`).join('; ')
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

/** Index of the page being laid out (pages are buffered, so it is the last one). */
function currentPage(doc: PdfDoc): number {
  const range = doc.bufferedPageRange()
  return range.start + range.count - 1
}

/**
 * Called by the signature block once it knows its page: `newPage` when it has to start a page
 * of its own. The 落款 stands alone when its page holds no line of body text (GB/T 9704 §7.3.5.5
 * forbids it); the document is then marked, so that renderDocument lays it out again with
 * tighter lines or with the last PULLED_LINES body lines pulled over.
 */
export function checkSignaturePage(doc: PdfDoc, newPage: boolean): void {
  const state = states.get(doc)
  if (!state) return
  if (!newPage && state.lastBodyPage === currentPage(doc)) return
  state.orphanedSignature = true
  state.pullFromLine = state.lastBodyLine === null ? null : state.lastBodyLine - (PULLED_LINES - 1)
}

/**
 * Called by textBlock before each text line: counts it, and starts a new page first when the
 * layout plan pulls this line over to the next page (so the 落款 does not stand alone).
 * Returns true when it started a page.
 */
export function beforeTextLine(doc: PdfDoc): boolean {
  const state = states.get(doc)
  if (!state) return false
  const n = state.lineNo++
  if (state.breakBeforeLine !== null && n === state.breakBeforeLine && doc.y > textBox(doc).top + 0.01) {
    doc.addPage()
    doc.x = doc.page.margins.left
    doc.y = doc.page.margins.top
    return true
  }
  return false
}

/** Called by textBlock when it has placed a line of body text (正文), after any page break. */
export function markBodyLine(doc: PdfDoc): void {
  const state = states.get(doc)
  if (!state) return
  state.lastBodyLine = state.lineNo - 1
  state.lastBodyPage = currentPage(doc)
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
    // GB/T 9704 §7.5: 4号半角宋体阿拉伯数字.
    doc.font(ROLE_FONT_NAME.songti).fontSize(size)
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
  /** Text line a page break was forced before, so that the 落款 keeps body lines with it; null when none. */
  breakBeforeLine: number | null
}

export interface RenderOptions {
  /**
   * GB/T 9704 §7.3.5.5: when the space left cannot hold the seal and date, adjust the line
   * spacing; the 落款 never stands alone on a page. With fitting on (default), a document whose
   * signature block would start a page of its own, or which would fit on fewer pages with
   * slightly tighter lines, is laid out again with the body pitch scaled by one of
   * FITTING_SCALES (at most 25 lines a page instead of 22). When no scale keeps the signature
   * with the body, the last PULLED_LINES text lines before it are pulled over to its page.
   * Deterministic: the same input always picks the same layout.
   */
  fitting?: boolean
}

/** Pitch scales tried, in order. 0.87 sets 25 lines in the 225 mm text block instead of 22. */
export const FITTING_SCALES = [1, 0.93, 0.87] as const

/** Text lines pulled over to the 落款's page when no pitch keeps the signature with the body. */
export const PULLED_LINES = 2

interface Attempt {
  pdf: Buffer
  pageCount: number
  fontSet: FontSet
  pitchScale: number
  breakBeforeLine: number | null
  orphan: boolean
  /** With orphan: the first text line to pull over to the 落款's page. */
  pullFromLine: number | null
}

function renderOnce(meta: DocMeta, build: (doc: PdfDoc) => void, plan: LayoutPlan): Promise<Attempt> {
  return new Promise<Attempt>((resolvePromise, reject) => {
    let doc: PdfDoc
    try {
      doc = createDoc(meta, plan)
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
      recordFonts(doc)
      const { fontSet, orphanedSignature, pullFromLine } = stateOf(doc)
      const attempt = { pageCount, fontSet, pitchScale: plan.pitchScale, breakBeforeLine: plan.breakBeforeLine ?? null, orphan: orphanedSignature, pullFromLine }
      doc.on('end', () => resolvePromise({ pdf: Buffer.concat(chunks), ...attempt }))
      doc.end()
    } catch (err) {
      reject(err)
    }
  })
}

/** The line to break before so that PULLED_LINES body lines join the 落款, or null when there is nothing to pull. */
function pullPlan(orphan: Pick<Attempt, 'pullFromLine'>, pitchScale: number): LayoutPlan | null {
  // Line 0 is the first line of the document: pulling it would only move everything down a page.
  if (orphan.pullFromLine === null || orphan.pullFromLine < 1) return null
  return { pitchScale, breakBeforeLine: orphan.pullFromLine }
}

/** Builds a document and returns its bytes with the page count. */
export async function renderDocument(meta: DocMeta, build: (doc: PdfDoc) => void, options: RenderOptions = {}): Promise<RenderedPdf> {
  const first = await renderOnce(meta, build, { pitchScale: 1 })
  let chosen = first
  if (options.fitting !== false && (first.orphan || first.pageCount > 1)) {
    let firstClean: Attempt | null = first.orphan ? null : first
    for (const scale of FITTING_SCALES.slice(1)) {
      const attempt = await renderOnce(meta, build, { pitchScale: scale })
      if (attempt.orphan) continue
      if (attempt.pageCount < first.pageCount) {
        chosen = attempt // fewer pages with only slightly tighter lines
        firstClean = null
        break
      }
      firstClean ??= attempt
    }
    if (firstClean) chosen = firstClean
    if (chosen.orphan) {
      // No pitch within tolerance keeps the signature with the body: pull lines over instead.
      const plan = pullPlan(first, first.pitchScale)
      if (plan) {
        const pulled = await renderOnce(meta, build, plan)
        if (!pulled.orphan) chosen = pulled
      }
    }
  }
  return { pdf: chosen.pdf, pageCount: chosen.pageCount, fontSet: chosen.fontSet, pitchScale: chosen.pitchScale, breakBeforeLine: chosen.breakBeforeLine }
}

/**
 * The layout plan renderDocument would choose for this build at `pitchScale`, found by laying
 * it out without writing a file: `breakBeforeLine` is set when the signature block would stand
 * alone on a page. Used by batch printing, which lays out every document again in one file.
 */
export function planLayout(meta: DocMeta, build: (doc: PdfDoc) => void, pitchScale: number): LayoutPlan {
  const probe = (plan: LayoutPlan) => {
    const doc = createDoc(meta, plan)
    build(doc)
    const { orphanedSignature, pullFromLine } = stateOf(doc)
    return { orphan: orphanedSignature, pullFromLine }
  }
  const first = probe({ pitchScale })
  const plan = first.orphan ? pullPlan(first, pitchScale) : null
  return plan && !probe(plan).orphan ? plan : { pitchScale }
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
  /** Text line to start a new page before (RenderedPdf.breakBeforeLine). */
  breakBeforeLine?: number | null
  /** Work out breakBeforeLine with planLayout first (letters and decisions, whose 落款 must not stand alone). */
  planSignature?: boolean
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
  const doc = createDoc(meta, { pitchScale: parts[0]!.pitchScale })
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
      doc.font(ROLE_FONT_NAME.body).fontSize(SIZES.body)
    }
    firstPages.push(doc.bufferedPageRange().count - 1)
    const plan: LayoutPlan = part.planSignature && part.breakBeforeLine == null ? planLayout(meta, part.build, part.pitchScale) : part
    state.pitchScale = part.pitchScale
    state.lineNo = 0
    state.lastBodyLine = null
    state.lastBodyPage = -1
    state.pullFromLine = null
    state.breakBeforeLine = plan.breakBeforeLine ?? null
    part.build(doc)
    await onPart?.(i + 1, parts.length)
    await new Promise<void>((r) => setImmediate(r))
  }
  const pageCount = doc.bufferedPageRange().count
  firstPages.forEach((first, i) => {
    const next = firstPages[i + 1] ?? pageCount
    stampPageNumbersIn(doc, meta.pageNumbers ?? 'gb9704', first, next - first)
  })
  recordFonts(doc)
  doc.end()
  await ended
  return { pdf: Buffer.concat(chunks), pageCount, firstPages }
}
