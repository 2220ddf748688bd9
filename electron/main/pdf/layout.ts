/**
 * Layout helpers shared by the templates: title, document number, addressee, body
 * paragraphs, the signature/date block and tables.
 *
 * Chinese text is laid out here rather than by pdfkit's word wrapper: pdfkit justifies by
 * stretching spaces, which CJK text does not have, and breaks only where UAX #14 allows.
 * `breakLines` breaks between any two ideographs, keeps Latin/digit runs together, applies
 * the usual line-start/line-end punctuation rules (避头尾), and `writeLines` justifies full
 * lines by character spacing so the right edge of the text block is straight.
 */
import { SIZES, bodyPitch, cnDate, markOrphanedSignature, textBox, type PdfDoc } from './document'
import type { LegalBasis } from './view-models'

export type Align = 'left' | 'center' | 'right' | 'justify'

// ---------------------------------------------------------------------------------------
// Fonts and vertical position

export function useFont(doc: PdfDoc, size: number, bold = false): void {
  doc.font(bold ? 'cjk-bold' : 'cjk').fontSize(size)
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
}

/**
 * Breaks one paragraph (no '\n') into lines with the document's current font and size.
 * Never drops characters: a token wider than a line is split character by character.
 */
export function breakParagraph(doc: PdfDoc, text: string, opts: BreakOptions): string[] {
  const lines: string[] = []
  const widthOf = (s: string) => doc.widthOfString(s)
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
  bold?: boolean
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
}

export function pitchFor(doc: PdfDoc, size: number): number {
  return size === SIZES.body ? bodyPitch(doc) : size * 1.6
}

/** Writes `text` (paragraphs separated by '\n') at doc.y, breaking pages as needed. */
export function textBlock(doc: PdfDoc, text: string, opts: TextBlockOptions = {}): void {
  const size = opts.size ?? SIZES.body
  useFont(doc, size, opts.bold)
  const pitch = opts.pitch ?? pitchFor(doc, size)
  const x0 = opts.x ?? textBox(doc).left
  const width = opts.width ?? textBox(doc).width
  const align = opts.align ?? 'justify'
  const firstIndent = (opts.indentChars ?? 0) * size
  const restIndent = (opts.hangChars ?? 0) * size
  if (opts.color) doc.fillColor(opts.color)
  // Centre the glyphs in the line pitch: CJK faces have a tall ascent, so top-aligning at
  // doc.y would leave all the leading below the line.
  const glyphHeight = doc.currentLineHeight(true)
  const topPad = Math.max(0, (pitch - glyphHeight) / 2)
  if (opts.keepWithNextLines) {
    const lines = text.split('\n').reduce((n, p) => n + breakParagraph(doc, p, { width, firstIndent, restIndent }).length, 0)
    const needed = (lines + opts.keepWithNextLines) * pitch
    if (needed < textBox(doc).bottom - textBox(doc).top) ensureSpace(doc, needed)
  }

  for (const para of text.split('\n')) {
    const lines = breakParagraph(doc, para, { width, firstIndent, restIndent })
    lines.forEach((line, i) => {
      ensureSpace(doc, pitch)
      const indent = i === 0 ? firstIndent : restIndent
      const lineWidth = width - indent
      const natural = doc.widthOfString(line)
      const glyphs = [...line].length
      let x = x0 + indent
      let characterSpacing = 0
      const isLast = i === lines.length - 1
      if (align === 'center') x += (lineWidth - natural) / 2
      else if (align === 'right') x += lineWidth - natural
      else if (align === 'justify' && !isLast && glyphs > 1) {
        const slack = lineWidth - natural
        // Stretch only modestly; a line broken early by a long Latin run stays ragged.
        if (slack > 0 && slack / (glyphs - 1) <= size * 0.3) characterSpacing = slack / (glyphs - 1)
      }
      const y = doc.y
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
  useFont(doc, size, opts.bold)
  const width = opts.width ?? textBox(doc).width
  const firstIndent = (opts.indentChars ?? 0) * size
  const restIndent = (opts.hangChars ?? 0) * size
  return text.split('\n').reduce((n, para) => n + breakParagraph(doc, para, { width, firstIndent, restIndent }).length, 0)
}

// ---------------------------------------------------------------------------------------
// Document parts

/** Document title: bold, 二号, centred. Long titles wrap and stay centred. */
export function title(doc: PdfDoc, text: string): void {
  textBlock(doc, text, { size: SIZES.title, bold: true, align: 'center', pitch: SIZES.title * 1.6 })
}

/** The issuing center's name above the title, in the same style. */
export function issuerHeading(doc: PdfDoc, centerName: string): void {
  textBlock(doc, centerName, { size: SIZES.title, bold: true, align: 'center', pitch: SIZES.title * 1.5 })
}

/** 发文字号 line, e.g. 南法援决〔2026〕第0012号, right-aligned (default) or centred, in 三号. */
export function docNumberLine(doc: PdfDoc, docNumber: string, align: 'right' | 'center' = 'right'): void {
  textBlock(doc, docNumber, { align })
}

/** 主送 line: the addressee at the left edge, ending with a full-width colon. */
export function addressee(doc: PdfDoc, name: string): void {
  const text = /[：:]$/.test(name) ? name.replace(/:$/, '：') : `${name}：`
  textBlock(doc, text, { align: 'left', hangChars: 0 })
}

/** Body paragraph(s) with the 2-character first-line indent. */
export function paragraph(doc: PdfDoc, text: string, opts: TextBlockOptions = {}): void {
  textBlock(doc, text, { indentChars: 2, ...opts })
}

/** "label：value" line with the continuation lines aligned under the value. */
export function fieldLine(doc: PdfDoc, label: string, value: string, opts: TextBlockOptions = {}): void {
  const size = opts.size ?? SIZES.body
  useFont(doc, size)
  const labelChars = Math.ceil(doc.widthOfString(`${label}：`) / size)
  textBlock(doc, `${label}：${value}`, { align: 'justify', ...opts, indentChars: 0, hangChars: Math.min(labelChars, 8) })
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
    const hangChars = opts.hanging ? 2 + doc.widthOfString(text.slice(0, text.length - item.length)) / size : 0
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
}

/**
 * 落款 bottom right (GB/T 9704 §7.3.5.1): the date right-aligned four characters in from
 * the right edge, the center's name centred above it, with blank lines above so a 42 mm
 * seal can be pressed over both. The block is never split from itself across pages.
 */
export function signatureBlock(doc: PdfDoc, opts: SignatureBlockOptions): void {
  const size = SIZES.body
  const pitch = bodyPitch(doc)
  const gap = opts.gapLines ?? (opts.seal === false ? 1 : 2)
  if (doc.y + pitch * (gap + 2) > bottomLimit(doc) + 0.01) {
    markOrphanedSignature(doc)
    newPage(doc)
  }
  spacer(doc, gap, pitch)
  useFont(doc, size)
  const dateText = cnDate(opts.date)
  const dateWidth = doc.widthOfString(dateText)
  const box = textBox(doc)
  const right = box.right - 4 * size
  const dateX = right - dateWidth
  const centre = dateX + dateWidth / 2
  const orgWidth = doc.widthOfString(opts.org)
  let orgX = centre - orgWidth / 2
  if (orgX + orgWidth > box.right) orgX = box.right - orgWidth
  if (orgX < box.left) textBlock(doc, opts.org, { align: 'right' }) // very long name: wraps, flush right
  else textBlock(doc, opts.org, { x: orgX, width: orgWidth + 1, align: 'left' })
  textBlock(doc, dateText, { x: dateX, width: dateWidth + 1, align: 'left' })
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

/** Section heading (一级标题 style): bold, two characters in. */
export function heading(doc: PdfDoc, text: string, opts: TextBlockOptions = {}): void {
  textBlock(doc, text, { indentChars: 2, align: 'left', keepWithNextLines: 3, ...opts, bold: true })
}

/** 抄送 line at the end: "抄送：a，b。" */
export function copyTo(doc: PdfDoc, recipients: readonly string[]): void {
  if (recipients.length === 0) return
  spacer(doc, 1)
  ensureSpace(doc, bodyPitch(doc) * 1.2)
  const y = doc.y
  doc.moveTo(textBox(doc).left, y).lineTo(textBox(doc).right, y).lineWidth(0.6).stroke()
  fieldLine(doc, '抄送', `${recipients.join('，')}。`, { size: SIZES.small, pitch: SIZES.small * 2 })
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
      const lines = cell.text.split('\n').flatMap((p) => breakParagraph(doc, p, { width: width - 2 * pad }))
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
        const tx = c.x + pad + (c.align === 'center' ? (inner - w) / 2 : c.align === 'right' ? inner - w : 0)
        if (line) doc.text(line, tx, ty, { lineBreak: false })
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
  spacer(doc, 1)
  useFont(doc, size)
  const box = textBox(doc)
  const lead = 2 * size + doc.widthOfString('附件：')
  names.forEach((name, i) => {
    const item = names.length === 1 ? name : `${i + 1}. ${name}`
    const numberWidth = names.length === 1 ? 0 : doc.widthOfString(`${i + 1}. `)
    if (i === 0) {
      textBlock(doc, `附件：${item}`, { x: box.left + 2 * size, width: box.width - 2 * size, align: 'left', hangChars: (lead - 2 * size + numberWidth) / size })
    } else {
      textBlock(doc, item, { x: box.left + lead, width: box.width - lead, align: 'left', hangChars: numberWidth / size })
    }
  })
}
