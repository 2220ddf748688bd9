/**
 * GB/T 9704-2012 typography, measured on the PDFs themselves (pdf.js text positions): margins,
 * title and body sizes, 28 characters a line, page numbers, the 发文字号 form, the fonts, and
 * that no page holds the 落款 without body text. Every document type is rendered.
 *
 * Set TYPOGRAPHY_PNG=1 to also write 60 dpi PNGs of every type to <tmpdir>/legalaid-typography/.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { documentTitle, renderPdf, type DocumentVm } from '../../../electron/main/pdf'
import { BODY_CHAR_PITCH, SIZES } from '../../../electron/main/pdf/document'
import { bundledFaces, configureFonts, parsedFont, resetFontSettings } from '../../../electron/main/pdf/fonts'
import { MAX_GAP_STRETCH } from '../../../electron/main/pdf/layout'
import * as fx from './fixtures'
import { hasTool, isFullWidth, textLines, type PageLines, type TextLine } from './helpers'

const MM = 72 / 25.4
/** GB/T 9704 §5.2.1: 天头 37 mm, 订口 28 mm, 版心 156 mm × 225 mm. */
const GB = { left: 28, top: 37, width: 156, height: 225 }
/** Forms and lists: 25 mm at the binding edge, 20 mm elsewhere (document.ts FORM_MARGINS). */
const FORM = { left: 25, top: 20 }

const LETTERS: { name: string; vm: DocumentVm }[] = [
  { name: 'acceptance-receipt', vm: fx.acceptanceReceipt },
  { name: 'supplement-notice', vm: fx.supplementNotice },
  { name: 'grant-decision', vm: fx.grantDecision },
  { name: 'refusal-decision', vm: fx.refusalDecision },
  { name: 'assignment-notice', vm: fx.assignmentNotice },
  { name: 'official-letter', vm: fx.officialLetter },
  { name: 'termination-decision', vm: fx.terminationDecision },
]
const FORMS: { name: string; vm: DocumentVm }[] = [
  { name: 'hardship-declaration', vm: fx.hardshipDeclaration },
  { name: 'subsidy-voucher', vm: fx.subsidyVoucher },
  { name: 'payment-list', vm: fx.paymentList(12) },
]

// Measure the bundled fonts whatever the machine has installed (a Windows developer's 仿宋 would change the metrics).
beforeAll(() => configureFonts({ preferWindowsOfficialFonts: false }))
afterAll(() => resetFontSettings())

const PAGE_NUMBER = /^—\s*\d+\s*—$/
const DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/
/** Field lines that follow the body (contact, clerk, lawyer): not 正文 for the 落款 rule. */
const FIELD = /^(联系地址|联系电话|受理人|承办律师|律师事务所)：/

const round = (v: number) => Math.round(v * 100) / 100
const mode = (values: number[]) => {
  const counts = new Map<number, number>()
  for (const v of values) counts.set(round(v), (counts.get(round(v)) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0]
}

/** The page's lines without the page number. */
const content = (page: PageLines) => page.lines.filter((l) => !PAGE_NUMBER.test(l.text.trim()))

/** Indexes of the 落款 lines (the center's name, then the date below it, in the right half). */
function signatureLines(page: PageLines, org: string): TextLine[] {
  const lines = content(page)
  const i = lines.findIndex((l, k) => DATE.test(l.text) && l.x0 > 80 && k > 0 && lines[k - 1]!.text === org)
  return i < 0 ? [] : [lines[i - 1]!, lines[i]!]
}

/**
 * Pages that hold the 落款 and nothing of the body: besides the name and date only the page
 * number, the 版记 (抄送, 四号) and field lines such as 联系电话.
 */
function orphanedSignaturePages(pages: PageLines[], org: string): number[] {
  const orphans: number[] = []
  pages.forEach((page, i) => {
    const signature = signatureLines(page, org)
    if (signature.length === 0) return
    const rest = content(page).filter((l) => !signature.includes(l) && Math.abs(l.size - SIZES.small) > 0.05 && !FIELD.test(l.text))
    if (rest.length === 0) orphans.push(i + 1)
  })
  return orphans
}

/** Natural width (mm) of a line in the bundled body face at the body size on the grid, to tell stretched lines. */
function naturalWidth(text: string): number {
  const font = parsedFont(bundledFaces().body) as unknown as { layout(t: string): { advanceWidth: number }; unitsPerEm: number }
  const n = [...text].length
  return ((font.layout(text).advanceWidth / font.unitsPerEm) * SIZES.body + (BODY_CHAR_PITCH - SIZES.body) * n) / MM
}

interface Measured {
  left: number
  top: number
  title: number
  body: number
  fullLines: number
}
const measured = new Map<string, Measured>()

describe('GB/T 9704 letters and decisions', () => {
  for (const c of LETTERS) {
    it(`${c.name}: margins, sizes, 28 characters a line, 发文字号, page numbers, fonts, 落款`, async () => {
      const result = await renderPdf(c.vm)
      const pages = await textLines(result.pdf)
      expect(pages.length).toBe(result.pageCount)
      const all = pages.flatMap((p) => content(p))

      for (const page of pages) {
        expect(page.width).toBeCloseTo(210, 0)
        expect(page.height).toBeCloseTo(297, 0)
      }

      // 订口 28 mm: the leftmost text of every page starts on the text block's edge; nothing crosses its right edge.
      const lefts = pages.map((p) => Math.min(...content(p).map((l) => l.x0)))
      for (const left of lefts) expect(left).toBeCloseTo(GB.left, 1)
      for (const l of all) expect(l.x1, l.text).toBeLessThanOrEqual(GB.left + GB.width + 0.2)
      // 天头 37 mm: the first line's ascent box starts at the top of the text block (within 2 mm of glyph centring).
      const tops = pages.map((p) => content(p)[0]!.top)
      for (const top of tops) {
        expect(top).toBeGreaterThanOrEqual(GB.top - 0.5)
        expect(top).toBeLessThanOrEqual(GB.top + 2)
      }
      // Nothing below the text block but the page number.
      for (const l of all) expect(l.baseline, l.text).toBeLessThanOrEqual(GB.top + GB.height + 0.2)

      // Title 二号 (22 pt), centred, in a face of its own; body 三号 (16 pt).
      const titles = all.filter((l) => Math.abs(l.size - SIZES.title) < 0.05)
      expect(titles.map((l) => l.text)).toEqual([c.vm.center.name, documentTitle(c.vm)])
      for (const t of titles) expect((t.x0 + t.x1) / 2).toBeCloseTo(GB.left + GB.width / 2, 0)
      const bodySize = mode(all.map((l) => l.size))
      expect(bodySize).toBeCloseTo(16, 1)
      const body = all.filter((l) => Math.abs(l.size - bodySize) < 0.05)
      const bodyFont = mode(body.map((l) => Number(l.font.replace(/\D/g, ''))))
      expect(titles.every((t) => Number(t.font.replace(/\D/g, '')) !== bodyFont), 'title face differs from the body face').toBe(true)

      // 28 characters a line: every full line of full-width characters holds 28, on a 5.57 mm grid; 27 only
      // when 避头尾 pushed a character down with the closing mark that may not start the next line.
      const fullLines = body.filter((l) => isFullWidth(l.text) && Math.abs(l.x0 - GB.left) < 0.2 && Math.abs(l.x1 - (GB.left + GB.width)) < 0.3)
      for (const l of fullLines) {
        const n = [...l.text].length
        if (n === 28) {
          expect((l.x1 - l.x0) / 28).toBeCloseTo(GB.width / 28, 1)
          continue
        }
        const next = body[body.indexOf(l) + 1]?.text ?? ''
        expect(n, l.text).toBe(27)
        expect(next, `the line after "${l.text}"`).toMatch(/^.[，。、；：？！）》」』〕】”’]/)
      }
      for (const l of body.filter((x) => isFullWidth(x.text))) expect([...l.text].length, l.text).toBeLessThanOrEqual(28)

      // No stretched line: at most MAX_GAP_STRETCH of a character between two characters (a short line stays short).
      for (const l of body) {
        const n = [...l.text].length
        if (n < 2) continue
        const extra = (l.x1 - l.x0 - naturalWidth(l.text)) / (n - 1)
        expect(extra * MM, `spacing of "${l.text}"`).toBeLessThanOrEqual(MAX_GAP_STRETCH * SIZES.body + 0.05)
      }

      // 发文字号 (GB/T 9704 §7.2.4): 〔2026〕12号, no 第, no leading zeros; flush right under the title.
      const number = all.find((l) => /〔\d{4}〕\d+号$/.test(l.text))!
      expect(number.text).toBe(c.vm.docNumber)
      expect(number.text).toMatch(/^\S+〔20\d\d〕[1-9]\d*号$/)
      expect(number.x1).toBeCloseTo(GB.left + GB.width, 0)
      for (const l of all) expect(l.text).not.toMatch(/〔\d{4}〕(第|0\d)/)

      // Page numbers (§7.5): 「— n —」 in 四号, odd pages at the right and even at the left, one character in, 7 mm below the text block.
      pages.forEach((page, i) => {
        const label = page.lines.filter((l) => PAGE_NUMBER.test(l.text.trim()))
        expect(label.length, `page number on page ${i + 1}`).toBe(1)
        const n = label[0]!
        expect(n.text.replace(/\s/g, '')).toBe(`—${i + 1}—`)
        expect(n.size).toBeCloseTo(SIZES.small, 1)
        expect(n.top).toBeCloseTo(GB.top + GB.height + 7, 0)
        if ((i + 1) % 2 === 1) expect(n.x1).toBeCloseTo(GB.left + GB.width - SIZES.small / MM, 0)
        else expect(n.x0).toBeCloseTo(GB.left + SIZES.small / MM, 0)
      })

      // 落款: present, right of centre, the date 右空四字; never alone on a page.
      const last = pages.at(-1)!
      const signature = signatureLines(last, c.vm.center.name)
      expect(signature.length, 'the 落款 is on the last page').toBe(2)
      expect(signature[1]!.x1).toBeCloseTo(GB.left + GB.width - (4 * BODY_CHAR_PITCH) / MM, 0)
      expect(orphanedSignaturePages(pages, c.vm.center.name)).toEqual([])

      // The fonts used are recorded in the document's properties.
      const info = (await (await getDocumentProxy(new Uint8Array(result.pdf))).getMetadata()).info as Record<string, unknown>
      expect(info.Keywords).toContain('字体：正文 Noto Serif SC；标题 Noto Serif SC Bold')
      expect((info.Custom as Record<string, string>).Fonts).toContain('body=Noto Serif SC (NotoSerifSC-Regular.ttf)')

      measured.set(c.name, { left: Math.min(...lefts), top: tops[0]!, title: titles[0]!.size, body: bodySize, fullLines: fullLines.length })
      preview(c.name, result.pdf)
    })
  }

  it('has full 28-character lines to measure', () => {
    const total = [...measured.values()].reduce((s, m) => s + m.fullLines, 0)
    console.log(
      '[typography] measured (mm, pt):',
      [...measured.entries()].map(([k, m]) => `${k}: left ${m.left.toFixed(2)} top ${m.top.toFixed(2)} title ${m.title} body ${m.body} full lines ${m.fullLines}`).join('; '),
    )
    expect(total).toBeGreaterThanOrEqual(5)
  })
})

describe('forms and lists use the same fonts', () => {
  for (const c of FORMS) {
    it(`${c.name}: form margins, 二号 title, Noto Serif SC body, 发文字号`, async () => {
      const result = await renderPdf(c.vm)
      const pages = await textLines(result.pdf)
      const all = pages.flatMap((p) => content(p))
      expect(Math.min(...content(pages[0]!).map((l) => l.x0))).toBeGreaterThanOrEqual(FORM.left - 0.1)
      expect(content(pages[0]!)[0]!.top).toBeGreaterThanOrEqual(FORM.top - 0.5)
      expect(all.some((l) => Math.abs(l.size - SIZES.title) < 0.05)).toBe(true)
      const number = all.find((l) => /〔\d{4}〕\d+号$/.test(l.text))!
      expect(number.text).toBe(c.vm.docNumber)
      const info = (await (await getDocumentProxy(new Uint8Array(result.pdf))).getMetadata()).info as Record<string, unknown>
      expect(info.Keywords).toContain('正文 Noto Serif SC')
      preview(c.name, result.pdf)
    })
  }
})

describe('the 落款 never stands alone (GB/T 9704 §7.3.5.5)', () => {
  const requirement = '承办律师应当按照法律援助服务标准及时会见受援人，了解案件情况，并制作会见笔录。'
  const notice = '受援人应当在法律援助人员的指导下依法维护自身合法权益，不得提出违反法律规定的要求。'

  it('whatever the length of an assignment notice, a grant decision or a refusal', async () => {
    let adjusted = 0
    let pulled = 0
    const variants: { name: string; vm: DocumentVm }[] = []
    for (let k = 0; k <= 9; k++) {
      variants.push({ name: `assignment +${k}`, vm: { ...fx.assignmentNotice, requirements: [...fx.assignmentNotice.requirements, ...Array<string>(k).fill(requirement)] } })
      variants.push({ name: `grant +${k}`, vm: { ...fx.grantDecision, notices: [...fx.grantDecision.notices, ...Array<string>(k).fill(notice)] } })
      variants.push({ name: `refusal +${k}`, vm: { ...fx.refusalDecision, reasons: [...fx.refusalDecision.reasons, ...Array<string>(k).fill('你申请的事项已经通过其他途径获得解决')] } })
    }
    for (const v of variants) {
      const result = await renderPdf(v.vm)
      if (result.pitchScale < 1) adjusted++
      if (result.breakBeforeLine !== null) pulled++
      const pages = await textLines(result.pdf)
      expect(orphanedSignaturePages(pages, v.vm.center.name), v.name).toEqual([])
      expect(signatureLines(pages.at(-1)!, v.vm.center.name).length, `${v.name}: 落款 on the last page`).toBe(2)
    }
    console.log(`[typography] ${variants.length} lengths: ${adjusted} with tighter lines, ${pulled} with body lines pulled over to the 落款`)
    expect(pulled, 'some length needs body lines pulled over').toBeGreaterThan(0)
  })
})

/** With TYPOGRAPHY_PNG=1: 60 dpi PNGs of every page in <tmpdir>/legalaid-typography/ (never in the repository). */
function preview(name: string, pdf: Buffer): void {
  if (!process.env.TYPOGRAPHY_PNG || !hasTool('pdftoppm')) return
  const dir = join(tmpdir(), 'legalaid-typography')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `${name}.pdf`)
  writeFileSync(file, pdf)
  execFileSync('pdftoppm', ['-r', '60', '-png', file, join(dir, name)])
}
