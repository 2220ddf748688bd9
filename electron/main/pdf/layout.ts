/**
 * Layout helpers shared by the templates: title, document number, addressee, body
 * paragraphs, the signature/date block, the 版记 and tables.
 *
 * Chinese text is laid out here rather than by pdfkit's word wrapper: pdfkit justifies by
 * stretching spaces, which CJK text does not have, and breaks only where UAX #14 allows.
 * `breakParagraph` breaks between any two ideographs, keeps Latin/digit runs together, applies
 * the usual line-start/line-end punctuation rules (避头尾, squeezing a closing mark into the
 * line when half a character of room is missing), and `textBlock` sets body text on the
 * GB/T 9704 grid (28 characters a line) and justifies nearly full lines by character spacing
 * so the right edge of the text block is straight. A line left short by an unbreakable number
 * or code is not stretched: it stays ragged rather than spaced out.
 */
import { SIZES, beforeTextLine, bodyPitch, charWidth, checkSignaturePage, cnDate, markBodyLine, textBox, trackingFor, type PdfDoc } from './document'
import { ROLE_FONT_NAME, type FontRole } from './fonts'
import type { LegalBasis } from './view-models'

export type Align = 'left' | 'center' | 'right' | 'justify'

// ---------------------------------------------------------------------------------------
// Fonts and vertical position

/** Selects a face at `size`: `true` (bold) is 黑体, false the body's 仿宋, or a role by name. */
export function useFont(doc: PdfDoc, size: number, face: boolean | FontRole = false): void {
  const role: FontRole = face === true ? 'heiti' : face === false ? 'body' : face
  doc.font(ROLE_FONT_NAME[role]).fontSize(size)
}

/** Width of `text` in the current font at `size` as set on the grid (see trackingFor): one grid step per character. */
export function gridWidth(doc: PdfDoc, text: string, size: number): number {
  return doc.widthOfString(text) + trackingFor(size) * [...text].length
}

/** Lowest y a line may start at and still end inside the text block. */
export function bottomLimit(doc: PdfDoc): number {
  return doc.page.height - doc.page.margins.bottom
}

export function newPage(doc: PdfDoc): void {
  doc.addPage()
  doc.x = doc.page.margins.left
  doc.y = doc.page.margins.top
}

/** Starts a new page unless `height` more points fit on this one. */
export function ensureSpace(doc: PdfDoc, height: number): void {
  if (doc.y + height > bottomLimit(doc) + 0.01) newPage(doc)
}

/** Vertical space in body lines (or points with `unit: 'pt'`). */
export function spacer(doc: PdfDoc, lines = 1, pitch = bodyPitch(doc)): void {
  doc.y = Math.min(doc.y + lines * pitch, bottomLimit(doc))
}

// ---------------------------------------------------------------------------------------
// Line breaking

/** Characters that must not start a line (避头). */
const NO_LINE_START = new Set([...'，。、；：？！）》」』〕】〉’”…—·％‰℃,.;:?!)]}%'])
/** Characters that must not end a line (避尾). */
const NO_LINE_END = new Set([...'（《「『〔【〈‘“([{¥￥'])

/** Splits text into unbreakable tokens: each CJK character alone, Latin/digit runs together. */
function tokenize(text: string): string[] {
  const tokens: string[] = []
  let run = ''
  for (const ch of text) {
    if (/[A-Za-z0-9.,:%\-+/_@#&*']/.test(ch)) {
      // Codes such as NN-2026-0040 stay whole: a number split over two lines gets misread.
      run += ch
      continue
    }
    if (run) {
      tokens.push(run)
      run = ''
    }
    tokens.push(ch)
  }
  if (run) tokens.push(run)
  return tokens
}

export interface BreakOptions {
  /** Width of every line. */
  width: number
  /** Extra indent of the first line (first-line indent), in points. */
  firstIndent?: number
  /** Extra indent of the following lines (hanging indent), in points. */
  restIndent?: number
  /** Character spacing added after every character (the grid's, see trackingFor). Default 0. */
  tracking?: number
  /**
   * How far (pt) a line may run over when the character that does not fit is a closing
   * punctuation mark: it is squeezed into the line (挤进) instead of pushing the character
   * before it down, which would leave the line short and stretched. Default 0.
   */
  squeeze?: number
}

/**
 * Breaks one paragraph (no '\n') into lines with the document's current font and size.
 * Never drops characters: a token wider than a line is split character by character.
 */
export function breakParagraph(doc: PdfDoc, text: string, opts: BreakOptions): string[] {
  const lines: string[] = []
  const tracking = opts.tracking ?? 0
  const widthOf = (s: string) => doc.widthOfString(s) + tracking * [...s].length
  const squeeze = opts.squeeze ?? 0
  const avail = (lineIndex: number) => opts.width - (lineIndex === 0 ? (opts.firstIndent ?? 0) : (opts.restIndent ?? 0))
  let tokens = tokenize(text)
  // Split over-long Latin runs so that they can wrap.
  tokens = tokens.flatMap((t) => (t.length > 1 && widthOf(t) > avail(1) ? [...t] : [t]))

  let line: string[] = []
  let lineWidth = 0
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!
    const w = widthOf(tok)
    const limit = avail(lines.length)
    if (line.length === 0 || lineWidth + w <= limit + 0.01) {
      line.push(tok)
      lineWidth += w
      continue
    }
    if (squeeze > 0 && [...tok].length === 1 && NO_LINE_START.has(tok) && lineWidth + w <= limit + squeeze + 0.01) {
      // A closing mark half a character too wide: squeeze it in (the line is compressed a hair).
      line.push(tok)
      lineWidth += w
      continue
    }
    // `tok` does not fit. Work out how many tokens of this line move down with it.
    let carry = 0
    if (NO_LINE_START.has(tok[0]!)) {
      // Push the previous character down too (推出), so punctuation never starts a line.
      carry = 1
      while (carry < line.length && NO_LINE_START.has(line[line.length - carry]![0]!)) carry++
    }
    // Never end a line on an opening bracket.
    while (carry < line.length && NO_LINE_END.has(line[line.length - 1 - carry]!.slice(-1))) carry++
    if (carry >= line.length) carry = 0 // nothing sensible to move; let it break here
    const moved = carry ? line.splice(line.length - carry, carry) : []
    lines.push(line.join(''))
    line = [...moved, tok]
    lineWidth = line.reduce((sum, t) => sum + widthOf(t), 0)
  }
  if (line.length || lines.length === 0) lines.push(line.join(''))
  return lines
}

// ---------------------------------------------------------------------------------------
// Writing lines

export interface TextBlockOptions {
  size?: number
  /** 黑体 (headings, table labels). Ignored when `face` is given. */
  bold?: boolean
  /** The face's role; default 'body' (仿宋), or 'heiti' with bold. */
  face?: FontRole
  /** Line pitch in points (baseline to baseline). Default: the GB/T 9704 body pitch for body size, 1.6 × size otherwise. */
  pitch?: number
  align?: Align
  /** First-line indent in characters (em of the current size). Default 0. */
  indentChars?: number
  /** Hanging indent of the following lines in characters. Default 0. */
  hangChars?: number
  /** Left edge; default the text block's left margin. */
  x?: number
  /** Width; default the text block's width. */
  width?: number
  color?: string
  /** Keep this block on the same page as the next N lines (headings, list intros). */
  keepWithNextLines?: number
  /**
   * Whether these lines are body text (正文) for the rule that the 落款 never stands on a page
   * without body text. Default true; false for field lines (联系电话…), the 落款 and the 版记.
   */
  body?: boolean
}

export function pitchFor(doc: PdfDoc, size: number): number {
  return size === SIZES.body ? bodyPitch(doc) : size * 1.6
}

/**
 * Justification limits. A line is stretched to the right edge only when it is nearly full:
 * what 避头尾 or half-width digits leave (up to MAX_STRETCH_CHARS characters of room, and at
 * most MAX_GAP_STRETCH of a character between two characters). A line broken early because
 * the next token is a long number or code (a case number, a licence number) keeps its natural
 * spacing: spaced-out characters read as an error on paper.
 */
export const MAX_STRETCH_CHARS = 2
export const MAX_GAP_STRETCH = 0.08
/** A closing mark may be squeezed into a line that is short of room by up to half a character. */
export const SQUEEZE_CHARS = 0.5

/**
 * Widow and orphan control: whether to start a new page before line `i` of an `n`-line
 * paragraph so that neither its first line ends a page alone nor its last line starts one alone.
 */
function splitsBadly(doc: PdfDoc, i: number, n: number, pitch: number): boolean {
  if (n < 2 || doc.y <= textBox(doc).top + 0.01) return false
  const room = Math.floor((bottomLimit(doc) - doc.y) / pitch + 0.001)
  if (room >= n - i) return false // the rest of the paragraph fits
  if (i === 0) return room < (n === 3 ? 3 : 2) // 1 line here, or 2 here and 1 there
  return i === n - 2 && room === 1 && i >= 2 // the last line would start the next page alone
}

function faceOf(opts: TextBlockOptions): FontRole {
  return opts.face ?? (opts.bold ? 'heiti' : 'body')
}

/** Writes `text` (paragraphs separated by '\n') at doc.y, breaking pages as needed. */
export function textBlock(doc: PdfDoc, text: string, opts: TextBlockOptions = {}): void {
  const size = opts.size ?? SIZES.body
  useFont(doc, size, faceOf(opts))
  const pitch = opts.pitch ?? pitchFor(doc, size)
  const x0 = opts.x ?? textBox(doc).left
  const width = opts.width ?? textBox(doc).width
  const align = opts.align ?? 'justify'
  const em = charWidth(size)
  const tracking = trackingFor(size)
  const breakOpts: BreakOptions = {
    width,
    firstIndent: (opts.indentChars ?? 0) * em,
    restIndent: (opts.hangChars ?? 0) * em,
    tracking,
    squeeze: SQUEEZE_CHARS * size,
  }
  if (opts.color) doc.fillColor(opts.color)
  // Centre the glyphs in the line pitch: CJK faces have a tall ascent, so top-aligning at
  // doc.y would leave all the leading below the line.
  const glyphHeight = doc.currentLineHeight(true)
  const topPad = Math.max(0, (pitch - glyphHeight) / 2)
  if (opts.keepWithNextLines) {
    const lines = text.split('\n').reduce((n, p) => n + breakParagraph(doc, p, breakOpts).length, 0)
    const needed = (lines + opts.keepWithNextLines) * pitch
    if (needed < textBox(doc).bottom - textBox(doc).top) ensureSpace(doc, needed)
  }

  for (const para of text.split('\n')) {
    const lines = breakParagraph(doc, para, breakOpts)
    lines.forEach((line, i) => {
      if (!beforeTextLine(doc)) {
        if (splitsBadly(doc, i, lines.length, pitch)) newPage(doc)
        else ensureSpace(doc, pitch)
      }
      const indent = i === 0 ? breakOpts.firstIndent! : breakOpts.restIndent!
      const lineWidth = width - indent
      const glyphs = [...line].length
      const natural = doc.widthOfString(line) + tracking * glyphs
      const slack = lineWidth - natural
      let x = x0 + indent
      let characterSpacing = tracking
      const isLast = i === lines.length - 1
      if (slack < -0.01 && glyphs > 1) {
        // A squeezed-in closing mark (or a token wider than the line): compress evenly.
        characterSpacing += slack / (glyphs - 1)
      } else if (align === 'center') x += slack / 2
      else if (align === 'right') x += slack
      else if (align === 'justify' && !isLast && glyphs > 1 && slack > 0) {
        const gap = slack / (glyphs - 1)
        if (slack <= MAX_STRETCH_CHARS * size && gap <= MAX_GAP_STRETCH * size) characterSpacing += gap
      }
      const y = doc.y
      if (opts.body !== false && line.length) markBodyLine(doc)
      if (line.length) doc.text(line, x, y + topPad, { lineBreak: false, characterSpacing })
      doc.x = x0
      doc.y = y + pitch
    })
  }
  if (opts.color) doc.fillColor('black')
  doc.x = x0
}

/** Number of lines `text` takes with the given options (for keep-together decisions). */
export function measureLines(doc: PdfDoc, text: string, opts: TextBlockOptions = {}): number {
  const size = opts.size ?? SIZES.body
  useFont(doc, size, faceOf(opts))
  const width = opts.width ?? textBox(doc).width
  const em = charWidth(size)
  const breakOpts: BreakOptions = {
    width,
    firstIndent: (opts.indentChars ?? 0) * em,
    restIndent: (opts.hangChars ?? 0) * em,
    tracking: trackingFor(size),
    squeeze: SQUEEZE_CHARS * size,
  }
  return text.split('\n').reduce((n, para) => n + breakParagraph(doc, para, breakOpts).length, 0)
}

// ---------------------------------------------------------------------------------------
// Document parts

/** Document title (GB/T 9704 §7.3.1): 二号小标宋, centred. Long titles wrap and stay centred. */
export function title(doc: PdfDoc, text: string): void {
  textBlock(doc, text, { size: SIZES.title, face: 'title', align: 'center', pitch: SIZES.title * 1.6, body: false })
}

/** The issuing center's name above the title, in the same style. */
export function issuerHeading(doc: PdfDoc, centerName: string): void {
  textBlock(doc, centerName, { size: SIZES.title, face: 'title', align: 'center', pitch: SIZES.title * 1.5, body: false })
}

/**
 * 发文字号 in the GB/T 9704 §7.2.4 form wherever one appears in a text: the year in 六角括号 〔〕,
 * the serial number without 第 and without leading zeros. 南法援决〔2026〕第0012号 and
 * 南法援决[2026]12号 both print as 南法援决〔2026〕12号. Only 〔〕 or square-bracketed years followed
 * by a number and 号 are touched: court case numbers such as （2026）桂0103刑初217号 and the
 * center's own case numbers （2026）南法援民字第0031号 keep their own form.
 */
export function standardDocNumber(text: string): string {
  return text.replace(/[〔［[](\d{4})[〕］\]]\s*第?\s*0*(\d+)\s*号/g, '〔$1〕$2号')
}

/** 发文字号 line, e.g. 南法援决〔2026〕12号 (always in the standard form), right-aligned (default) or centred, in 三号仿宋. */
export function docNumberLine(doc: PdfDoc, docNumber: string, align: 'right' | 'center' = 'right'): void {
  textBlock(doc, standardDocNumber(docNumber), { align, body: false })
}

/** 主送 line: the addressee at the left edge, ending with a full-width colon. */
export function addressee(doc: PdfDoc, name: string): void {
  const text = /[：:]$/.test(name) ? name.replace(/:$/, '：') : `${name}：`
  textBlock(doc, text, { align: 'left', hangChars: 0, body: false })
}

/** Body paragraph(s) with the 2-character first-line indent. */
export function paragraph(doc: PdfDoc, text: string, opts: TextBlockOptions = {}): void {
  textBlock(doc, text, { indentChars: 2, ...opts })
}

/** "label：value" line with the continuation lines aligned under the value. */
export function fieldLine(doc: PdfDoc, label: string, value: string, opts: TextBlockOptions = {}): void {
  const size = opts.size ?? SIZES.body
  useFont(doc, size)
  const labelChars = Math.ceil(gridWidth(doc, `${label}：`, size) / charWidth(size) - 0.01)
  textBlock(doc, `${label}：${value}`, { align: 'justify', body: false, ...opts, indentChars: 0, hangChars: Math.min(labelChars, 8) })
}

/**
 * Numbered items ("1. …"), each a paragraph indented two characters whose continuation
 * lines return to the left edge, as GB/T 9704 numbered paragraphs do. `hanging: true`
 * aligns continuation lines under the item's text instead (for lists inside forms).
 */
export function numberedList(
  doc: PdfDoc,
  items: readonly string[],
  opts: TextBlockOptions & { marker?: (i: number) => string; hanging?: boolean } = {},
): void {
  const marker = opts.marker ?? ((i: number) => `${i + 1}.`)
  const size = opts.size ?? SIZES.body
  items.forEach((item, i) => {
    const m = marker(i)
    const text = `${m}${/[、）．]$/.test(m) ? '' : ' '}${item}`
    useFont(doc, size)
    const hangChars = opts.hanging ? 2 + gridWidth(doc, text.slice(0, text.length - item.length), size) / charWidth(size) : 0
    textBlock(doc, text, { ...opts, indentChars: 2, hangChars })
  })
}

/** 《中华人民共和国法律援助法》第四十三条、第四十四条，《办法》第十条 — documents in order of first mention. */
export function formatBasis(basis: readonly LegalBasis[]): string {
  const groups: { doc: string; clauses: string[] }[] = []
  for (const b of basis) {
    const name = b.doc.replace(/^《|》$/g, '')
    let g = groups.find((x) => x.doc === name)
    if (!g) groups.push((g = { doc: name, clauses: [] }))
    if (b.clause && !g.clauses.includes(b.clause)) g.clauses.push(b.clause)
  }
  return groups.map((g) => `《${g.doc}》${g.clauses.join('、')}`).join('，')
}

export interface SignatureBlockOptions {
  /** 发文机关署名: the center's name. */
  org: string
  date: string
  /** Leave room above for the seal (印章). Default true. */
  seal?: boolean
  /** Lines of blank space between the body and the signature. Default 2 (with seal) or 1. */
  gapLines?: number
  /** Height (pt) of what must stay on the page below the signature (the 版记, see copyToHeight). */
  reserveAfter?: number
}

/**
 * 落款 bottom right (GB/T 9704 §7.3.5.1): the date right-aligned four characters in from
 * the right edge, the center's name centred above it, with blank lines above so a 42 mm
 * seal can be pressed over both. The block is never split from itself across pages; when it
 * does not fit, it is marked so that renderDocument tightens the lines or pulls body lines over
 * (a page never holds the 落款 alone, §7.3.5.5).
 */
export function signatureBlock(doc: PdfDoc, opts: SignatureBlockOptions): void {
  const size = SIZES.body
  const pitch = bodyPitch(doc)
  const gap = opts.gapLines ?? (opts.seal === false ? 1 : 2)
  const overflow = doc.y + pitch * (gap + 2) + (opts.reserveAfter ?? 0) > bottomLimit(doc) + 0.01
  checkSignaturePage(doc, overflow)
  if (overflow) newPage(doc)
  spacer(doc, gap, pitch)
  useFont(doc, size)
  const dateText = cnDate(opts.date)
  const dateWidth = gridWidth(doc, dateText, size)
  const box = textBox(doc)
  const right = box.right - 4 * charWidth(size) // 右空四字
  const dateX = right - dateWidth
  const centre = dateX + dateWidth / 2
  const orgWidth = gridWidth(doc, opts.org, size)
  let orgX = centre - orgWidth / 2
  if (orgX + orgWidth > box.right) orgX = box.right - orgWidth
  if (orgX < box.left) textBlock(doc, opts.org, { align: 'right', body: false }) // very long name: wraps, flush right
  else textBlock(doc, opts.org, { x: orgX, width: orgWidth + 1, align: 'left', body: false })
  textBlock(doc, dateText, { x: dateX, width: dateWidth + 1, align: 'left', body: false })
}

const signaturePitch = (size: number) => size * 2.6

/** Height taken by signatureLines with these arguments. */
export function signatureLinesHeight(count: number, columns = 2, size: number = SIZES.form): number {
  return Math.ceil(count / columns) * signaturePitch(size)
}

/** Rows of "role：______" signature lines for forms (承办人 / 审核人 / 负责人 / 财务 …). */
export function signatureLines(
  doc: PdfDoc,
  roles: readonly { label: string; name?: string; date?: string }[],
  opts: { columns?: number; size?: number } = {},
): void {
  const columns = opts.columns ?? 2
  const size = opts.size ?? SIZES.form
  const pitch = signaturePitch(size)
  const box = textBox(doc)
  const colWidth = box.width / columns
  for (let i = 0; i < roles.length; i += columns) {
    ensureSpace(doc, pitch)
    const y = doc.y
    roles.slice(i, i + columns).forEach((role, j) => {
      const x = box.left + j * colWidth
      useFont(doc, size)
      const label = `${role.label}：`
      doc.text(label, x, y + pitch - size * 1.6, { lineBreak: false })
      const lineX = x + doc.widthOfString(label)
      const lineEnd = x + colWidth - size
      doc.moveTo(lineX, y + pitch - size * 0.35).lineTo(lineEnd, y + pitch - size * 0.35).lineWidth(0.6).stroke()
      const filled = [role.name, role.date ? cnDate(role.date) : undefined].filter(Boolean).join('  ')
      if (filled) doc.text(filled, lineX + size * 0.5, y + pitch - size * 1.6, { lineBreak: false })
    })
    doc.x = box.left
    doc.y = y + pitch
  }
}

/**
 * Section heading, two characters in (GB/T 9704 §7.3.3): level 1 (一、) in 黑体, level 2
 * (（一）) in 楷体. Kept on the page with the lines that follow.
 */
export function heading(doc: PdfDoc, text: string, opts: TextBlockOptions & { level?: 1 | 2 } = {}): void {
  const { level = 1, ...rest } = opts
  textBlock(doc, text, { indentChars: 2, align: 'left', keepWithNextLines: 3, ...rest, face: level === 1 ? 'heiti' : 'kaiti' })
}

/** 版记 geometry (GB/T 9704 §7.4): 四号仿宋 between 0.35 mm rules, one character in on each side. */
const COPY_TO_SIZE = SIZES.small
const COPY_TO_PITCH = SIZES.small * 1.9
const RULE_WIDTH = 0.35 * (72 / 25.4)

function copyToText(recipients: readonly string[]): string {
  return `抄送：${recipients.join('，')}。`
}

function copyToLayout(doc: PdfDoc, recipients: readonly string[]): { lines: number; x: number; width: number; hang: number } {
  const size = COPY_TO_SIZE
  useFont(doc, size)
  const box = textBox(doc)
  const x = box.left + size
  const width = box.width - 2 * size
  const hang = doc.widthOfString('抄送：') / size
  const lines = breakParagraph(doc, copyToText(recipients), { width, restIndent: hang * size, squeeze: SQUEEZE_CHARS * size }).length
  return { lines, x, width, hang }
}

/** Height of the 版记 copyTo draws for these recipients (0 for none). */
export function copyToHeight(doc: PdfDoc, recipients: readonly string[]): number {
  if (recipients.length === 0) return 0
  return copyToLayout(doc, recipients).lines * COPY_TO_PITCH + bodyPitch(doc) * 0.5
}

/**
 * 版记 at the foot of the last page (GB/T 9704 §7.4): a 0.35 mm rule, "抄送：a，b。" in 四号仿宋
 * one character in from each side with continuation lines under the first name, and a closing
 * 0.35 mm rule on the bottom edge of the text block.
 */
export function copyTo(doc: PdfDoc, recipients: readonly string[]): void {
  if (recipients.length === 0) return
  const { lines, x, width, hang } = copyToLayout(doc, recipients)
  const height = lines * COPY_TO_PITCH
  ensureSpace(doc, height + bodyPitch(doc) * 0.5)
  const box = textBox(doc)
  const bottom = bottomLimit(doc)
  const top = bottom - height
  doc.moveTo(box.left, top).lineTo(box.right, top).lineWidth(RULE_WIDTH).stroke()
  doc.y = top
  textBlock(doc, copyToText(recipients), { size: COPY_TO_SIZE, pitch: COPY_TO_PITCH, x, width, hangChars: hang, align: 'justify', body: false })
  doc.moveTo(box.left, bottom).lineTo(box.right, bottom).lineWidth(RULE_WIDTH).stroke()
  doc.y = bottom
}

// ---------------------------------------------------------------------------------------
// Tables

export interface TableColumn {
  header: string
  /** Relative width weight. */
  width: number
  align?: 'left' | 'center' | 'right'
}

export interface TableCell {
  text: string
  colSpan?: number
  align?: 'left' | 'center' | 'right'
  bold?: boolean
  /** Background colour, e.g. '#f0f0f0' for label cells. */
  fill?: string
}

export type TableRow = readonly (string | TableCell)[]

export interface TableOptions {
  size?: number
  /** Cell padding in points. */
  padding?: number
  /** Show the header row (and repeat it on every page). Default true. */
  header?: boolean
  /** Minimum row height in points (forms with room to write). */
  minRowHeight?: number
  /** Rows that may not be separated from the row before them (e.g. the total row). */
  keepWithPrevious?: ReadonlySet<number>
  /** Height (pt) that must fit below the last row on its page: what follows the table (signatures). */
  reserveAfter?: number
  x?: number
  width?: number
}

interface LaidCell {
  x: number
  width: number
  lines: string[]
  align: 'left' | 'center' | 'right'
  bold: boolean
  fill?: string
}

/**
 * A bordered table. Text wraps inside cells; rows that do not fit move to a new page, where
 * the header row is drawn again; a row taller than a whole page continues on the next page.
 */
export function table(doc: PdfDoc, columns: readonly TableColumn[], rows: readonly TableRow[], opts: TableOptions = {}): void {
  const size = opts.size ?? SIZES.table
  const pad = opts.padding ?? size * 0.45
  const pitch = size * 1.45
  const x0 = opts.x ?? textBox(doc).left
  const totalWidth = opts.width ?? textBox(doc).width
  const weightSum = columns.reduce((s, c) => s + c.width, 0)
  const widths = columns.map((c) => (c.width / weightSum) * totalWidth)
  const showHeader = opts.header ?? true

  const layRow = (row: TableRow, header: boolean): LaidCell[] => {
    const cells: LaidCell[] = []
    let col = 0
    for (const raw of row) {
      const cell: TableCell = typeof raw === 'string' ? { text: raw } : raw
      const span = Math.max(1, Math.min(cell.colSpan ?? 1, columns.length - col))
      const x = x0 + widths.slice(0, col).reduce((s, w) => s + w, 0)
      const width = widths.slice(col, col + span).reduce((s, w) => s + w, 0)
      const bold = header || (cell.bold ?? false)
      useFont(doc, size, bold)
      const lines = cell.text.split('\n').flatMap((p) => breakParagraph(doc, p, { width: width - 2 * pad, squeeze: SQUEEZE_CHARS * size }))
      const align = cell.align ?? (header ? 'center' : (columns[col]?.align ?? 'left'))
      cells.push({ x, width, lines, align, bold, ...(cell.fill || header ? { fill: cell.fill ?? '#eeeeee' } : {}) })
      col += span
    }
    if (col < columns.length) {
      // Missing trailing cells: draw them empty so the grid stays closed.
      const x = x0 + widths.slice(0, col).reduce((s, w) => s + w, 0)
      cells.push({ x, width: totalWidth - (x - x0), lines: [''], align: 'left', bold: false })
    }
    return cells
  }

  const heightOf = (cells: LaidCell[]) => Math.max(opts.minRowHeight ?? 0, Math.max(...cells.map((c) => c.lines.length)) * pitch + 2 * pad)

  const drawCells = (cells: LaidCell[], height: number) => {
    const y = doc.y
    for (const c of cells) {
      if (c.fill) doc.rect(c.x, y, c.width, height).fill(c.fill).fillColor('black')
      doc.rect(c.x, y, c.width, height).lineWidth(0.6).stroke()
      useFont(doc, size, c.bold)
      const textHeight = c.lines.length * pitch
      // Vertically centre the text in the cell.
      let ty = y + (height - textHeight) / 2 + (pitch - doc.currentLineHeight(true)) / 2
      for (const line of c.lines) {
        const w = doc.widthOfString(line)
        const inner = c.width - 2 * pad
        const n = [...line].length
        // A squeezed-in closing mark: compress the line into the cell rather than cross its border.
        const characterSpacing = w > inner + 0.01 && n > 1 ? (inner - w) / (n - 1) : 0
        const tx = c.x + pad + (characterSpacing ? 0 : c.align === 'center' ? (inner - w) / 2 : c.align === 'right' ? inner - w : 0)
        if (line) doc.text(line, tx, ty, { lineBreak: false, characterSpacing })
        ty += pitch
      }
    }
    doc.x = x0
    doc.y = y + height
  }

  const headerCells = showHeader ? layRow(columns.map((c) => c.header), true) : null
  const headerHeight = headerCells ? heightOf(headerCells) : 0
  const drawHeader = () => {
    if (headerCells) drawCells(headerCells, headerHeight)
  }
  const pageTop = () => textBox(doc).top

  const laidRows = rows.map((r) => layRow(r, false))
  ensureSpace(doc, headerHeight + (laidRows[0] ? heightOf(laidRows[0]) : 0))
  drawHeader()

  laidRows.forEach((cells, index) => {
    let h = heightOf(cells)
    let keepNext = 0
    let j = index + 1
    for (; j < laidRows.length && opts.keepWithPrevious?.has(j); j++) keepNext += heightOf(laidRows[j]!)
    if (j >= laidRows.length) keepNext += opts.reserveAfter ?? 0
    if (doc.y + h + keepNext > bottomLimit(doc) + 0.01) {
      const fullPage = bottomLimit(doc) - pageTop() - headerHeight
      if (h + keepNext <= fullPage || doc.y > pageTop() + headerHeight + 0.01) {
        newPage(doc)
        drawHeader()
      }
    }
    // A row taller than the room left on an otherwise empty page: split it across pages.
    let rest = cells
    while (doc.y + h > bottomLimit(doc) + 0.01) {
      const fitLines = Math.max(1, Math.floor((bottomLimit(doc) - doc.y - 2 * pad) / pitch))
      const slice = rest.map((c) => ({ ...c, lines: c.lines.slice(0, fitLines) }))
      rest = rest.map((c) => ({ ...c, lines: c.lines.slice(fitLines) }))
      drawCells(slice, bottomLimit(doc) - doc.y)
      newPage(doc)
      drawHeader()
      rest = rest.map((c) => (c.lines.length ? c : { ...c, lines: [''] }))
      h = heightOf(rest)
    }
    drawCells(rest, h)
  })
}

/**
 * 附件说明 (GB/T 9704 §7.3.4): one blank line below the body, indented two characters,
 * "附件：" then the names; several attachments are numbered and aligned under the first.
 */
export function attachments(doc: PdfDoc, names: readonly string[]): void {
  if (names.length === 0) return
  const size = SIZES.body
  const em = charWidth(size)
  spacer(doc, 1)
  useFont(doc, size)
  const box = textBox(doc)
  const lead = 2 * em + gridWidth(doc, '附件：', size)
  names.forEach((name, i) => {
    const item = names.length === 1 ? name : `${i + 1}. ${name}`
    const numberWidth = names.length === 1 ? 0 : gridWidth(doc, `${i + 1}. `, size)
    if (i === 0) {
      textBlock(doc, `附件：${item}`, { x: box.left + 2 * em, width: box.width - 2 * em, align: 'left', hangChars: (lead - 2 * em + numberWidth) / em, body: false })
    } else {
      textBlock(doc, item, { x: box.left + lead, width: box.width - lead, align: 'left', hangChars: numberWidth / em, body: false })
    }
  })
}
