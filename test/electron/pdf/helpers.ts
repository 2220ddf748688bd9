/** Helpers for the PDF tests: text extraction, font inspection and PNG previews. */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractText, getDocumentProxy } from 'unpdf'

export const RESULTS_DIR = fileURLToPath(new URL('../../../test-results/pdf/', import.meta.url))

export function hasTool(name: string): boolean {
  return ['/usr/bin', '/usr/local/bin', '/bin'].some((dir) => existsSync(join(dir, name)))
}

/** Text of each page, as pdf.js reads it back. */
export async function pageTexts(pdf: Buffer): Promise<string[]> {
  const proxy = await getDocumentProxy(new Uint8Array(pdf))
  const { text } = await extractText(proxy, { mergePages: false })
  return text
}

/** Whitespace removed, so that line breaks and justification do not split words. */
export const squash = (s: string) => s.replace(/\s+/g, '')

export async function squashedText(pdf: Buffer): Promise<string> {
  return squash((await pageTexts(pdf)).join('\n'))
}

export interface EmbeddedFont {
  name: string
  type: string
  embedded: boolean
  subset: boolean
}

/** Fonts of the PDF: from `pdffonts` when installed, otherwise from the FontName entries in the bytes. */
export function embeddedFonts(pdf: Buffer): { fonts: EmbeddedFont[]; via: 'pdffonts' | 'bytes' } {
  if (hasTool('pdffonts')) {
    const dir = mkdtempSync(join(tmpdir(), 'pdffonts-'))
    try {
      const file = join(dir, 'doc.pdf')
      writeFileSync(file, pdf)
      const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n')
      // Columns are fixed-width; the dashes under the header give their extents.
      const extents = [...(lines[1] ?? '').matchAll(/-+/g)].map((m) => [m.index!, m.index! + m[0].length] as const)
      const col = (line: string, i: number) => line.slice(extents[i]![0], extents[i]![1]).trim()
      const fonts = lines
        .slice(2)
        .filter((l) => l.trim())
        .map((line) => ({ name: col(line, 0), type: col(line, 1), embedded: col(line, 3) === 'yes', subset: col(line, 4) === 'yes' }))
      return { fonts, via: 'pdffonts' }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  const names = [...pdf.toString('latin1').matchAll(/\/FontName\s*\/([A-Za-z0-9+_-]+)/g)].map((m) => m[1]!)
  return {
    fonts: [...new Set(names)].map((name) => ({ name, type: 'unknown', embedded: true, subset: /^[A-Z]{6}\+/.test(name) })),
    via: 'bytes',
  }
}

/** Writes test-results/pdf/<name>.pdf and, when pdftoppm is installed, <name>-<page>.png at 60 dpi. */
export function savePreview(name: string, pdf: Buffer): { pdfPath: string; pngs: boolean } {
  mkdirSync(RESULTS_DIR, { recursive: true })
  const pdfPath = join(RESULTS_DIR, `${name}.pdf`)
  writeFileSync(pdfPath, pdf)
  if (!hasTool('pdftoppm')) {
    console.log(`[pdf] pdftoppm not installed: skipped PNG preview of ${name}`)
    return { pdfPath, pngs: false }
  }
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(RESULTS_DIR, name)])
  return { pdfPath, pngs: true }
}

/** One line of text as pdf.js reads it back, in millimetres from the page's top-left corner. */
export interface TextLine {
  page: number
  text: string
  /** Left edge and right edge (x + advance width) of the line. */
  x0: number
  x1: number
  /** Baseline, and the top of the font's ascent box (what `pdftotext -bbox` reports as yMin). */
  baseline: number
  top: number
  /** Font size in points (from the text matrix). */
  size: number
  /** pdf.js's id of the embedded font, to tell faces apart. */
  font: string
}

export interface PageLines {
  width: number
  height: number
  lines: TextLine[]
}

const PT_TO_MM = 25.4 / 72

/**
 * The text lines of every page with their positions, sizes and fonts, read with pdf.js. The
 * layout writes each line with one text operation, so one pdf.js item is one line; items on the
 * same baseline (a table row, the page number) stay separate. Positions are in millimetres.
 */
export async function textLines(pdf: Buffer): Promise<PageLines[]> {
  const proxy = await getDocumentProxy(new Uint8Array(pdf))
  const pages: PageLines[] = []
  for (let p = 1; p <= proxy.numPages; p++) {
    const page = await proxy.getPage(p)
    const [, , w, h] = page.view as [number, number, number, number]
    const content = await page.getTextContent()
    const styles = content.styles as Record<string, { ascent?: number }>
    const lines: TextLine[] = []
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue
      const [a, b, , , e, f] = item.transform as number[]
      const size = Math.hypot(a!, b!)
      const ascent = styles[item.fontName]?.ascent ?? 0.88
      const baseline = h - f!
      lines.push({
        page: p,
        text: item.str,
        x0: e! * PT_TO_MM,
        x1: (e! + item.width) * PT_TO_MM,
        baseline: baseline * PT_TO_MM,
        top: (baseline - ascent * size) * PT_TO_MM,
        size,
        font: item.fontName,
      })
    }
    pages.push({ width: w * PT_TO_MM, height: h * PT_TO_MM, lines })
  }
  return pages
}

/** Whether every character of `s` is a full-width character (ideograph, full-width punctuation or form). */
export function isFullWidth(s: string): boolean {
  return [...s].every((ch) => /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u2e80-\u2fff]|[\u{20000}-\u{3ffff}]/u.test(ch))
}
