/**
 * CJK fonts for printed documents.
 *
 * The bundled fonts are the OFL Noto Sans SC TrueType files in `<resources>/fonts/`. Their
 * bytes (about 10 MB each) are read from disk and parsed once per process (`parsedFont`);
 * every document registers the same parsed font with pdfkit and embeds only the glyphs it
 * uses (a subset of its own).
 *
 * Optionally a center can prefer the Windows fonts used for official documents
 * (仿宋 simfang.ttf for the body, 黑体 simhei.ttf for titles; 宋体 simsun.ttc as the body
 * fallback). They are used only when the files exist, and only for a document whose every
 * character they cover (see `chooseFontSet`); otherwise the bundled Noto fonts are used.
 *
 * Glyph coverage (`missingGlyphs`) is answered from pdfkit's own fontkit parse of the same
 * bytes, so what we check is exactly what will be embedded.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import PDFDocument from 'pdfkit'

export const NOTO_REGULAR_FILE = 'NotoSansSC-Regular.ttf'
export const NOTO_BOLD_FILE = 'NotoSansSC-Bold.ttf'

/** One font file, plus the face name inside it when the file is a collection (.ttc). */
export interface FontFace {
  /** Absolute path of the .ttf/.ttc file. */
  path: string
  /** PostScript name of the face inside a .ttc collection (e.g. 'SimSun'); omit for .ttf. */
  family?: string
}

/** The two faces a document registers: 'cjk' (body) and 'cjk-bold' (titles, headers). */
export interface FontSet {
  id: 'noto' | 'windows-official'
  /** Human-readable description for logs and the print dialog. */
  label: string
  regular: FontFace
  bold: FontFace
}

export interface FontSettings {
  /** Prefer 仿宋/黑体 (or 宋体) from the Windows fonts folder when the files exist. Default false. */
  preferWindowsOfficialFonts: boolean
  /** Where to look for the Windows fonts. Default `%WINDIR%\Fonts`, i.e. C:\Windows\Fonts. */
  windowsFontsDir: string
}

// ---------------------------------------------------------------------------------------
// Resources folder

let explicitResourcesDir: string | null = null

/**
 * Sets the folder that contains `fonts/NotoSansSC-*.ttf`. The Electron main calls this at
 * start-up: `setResourcesDir(app.isPackaged ? process.resourcesPath : join(appPath, 'resources'))`
 * (electron-builder copies `resources/fonts` to `<resourcesPath>/fonts` via extraResources).
 * Pass null to go back to automatic discovery. Clears the byte cache.
 */
export function setResourcesDir(dir: string | null): void {
  explicitResourcesDir = dir == null ? null : resolve(dir)
  bytesCache.clear()
  parsedCache.clear()
}

/** The folder set by setResourcesDir, or null when fonts are found by discovery. */
export function explicitResources(): string | null {
  return explicitResourcesDir
}

function moduleDir(): string | null {
  // CommonJS (electron-vite main bundle) has __dirname; ESM (vitest, tsx) has import.meta.url.
  if (typeof __dirname === 'string') return __dirname
  try {
    return dirname(fileURLToPath(import.meta.url))
  } catch {
    return null
  }
}

function hasBundledFonts(resourcesDir: string): boolean {
  return existsSync(join(resourcesDir, 'fonts', NOTO_REGULAR_FILE))
}

/** Folders tried, in order, when no explicit resources folder was set. */
export function resourcesDirCandidates(): string[] {
  const candidates: string[] = []
  const start = moduleDir()
  if (start) {
    // electron/main/pdf/ in the source tree, out/main/ in a build: walk up to the repo root.
    let dir = start
    for (let i = 0; i < 6; i++) {
      candidates.push(join(dir, 'resources'))
      const parent = dirname(dir)
      if (parent === dir) break
      dir = parent
    }
  }
  candidates.push(join(process.cwd(), 'resources'))
  return [...new Set(candidates)]
}

/** The resources folder in use. Throws with the folders tried when the fonts cannot be found. */
export function getResourcesDir(): string {
  if (explicitResourcesDir) return explicitResourcesDir
  const candidates = resourcesDirCandidates()
  const hit = candidates.find(hasBundledFonts)
  if (!hit) {
    throw new Error(`找不到打印字体 ${NOTO_REGULAR_FILE}（已查找：${candidates.join('；')}）。请检查安装目录下的 resources/fonts。`)
  }
  return hit
}

// ---------------------------------------------------------------------------------------
// Settings

const defaultWindowsFontsDir = () => join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts')

let settings: FontSettings = { preferWindowsOfficialFonts: false, windowsFontsDir: defaultWindowsFontsDir() }

export function configureFonts(next: Partial<FontSettings>): void {
  settings = { ...settings, ...next }
}

export function getFontSettings(): Readonly<FontSettings> {
  return settings
}

// ---------------------------------------------------------------------------------------
// Font sets

export function notoFontSet(): FontSet {
  const dir = join(getResourcesDir(), 'fonts')
  return {
    id: 'noto',
    label: 'Noto Sans SC（思源黑体，随软件安装）',
    regular: { path: join(dir, NOTO_REGULAR_FILE) },
    bold: { path: join(dir, NOTO_BOLD_FILE) },
  }
}

/** The Windows official-document fonts, or null when they are not installed. Detected by file existence. */
export function windowsOfficialFontSet(fontsDir = settings.windowsFontsDir): FontSet | null {
  const at = (file: string) => {
    const p = join(fontsDir, file)
    return existsSync(p) ? p : null
  }
  const fangsong = at('simfang.ttf')
  const songti = at('simsun.ttc')
  const heiti = at('simhei.ttf')
  const regular: FontFace | null = fangsong ? { path: fangsong } : songti ? { path: songti, family: 'SimSun' } : null
  if (!regular || !heiti) return null
  return {
    id: 'windows-official',
    label: fangsong ? '仿宋 + 黑体（Windows 系统字体）' : '宋体 + 黑体（Windows 系统字体）',
    regular,
    bold: { path: heiti },
  }
}

/** The font set the settings ask for (before any coverage check). */
export function preferredFontSet(): FontSet {
  if (settings.preferWindowsOfficialFonts) {
    const win = windowsOfficialFontSet()
    if (win) return win
  }
  return notoFontSet()
}

// ---------------------------------------------------------------------------------------
// Byte cache

const bytesCache = new Map<string, Uint8Array>()

/** The file's bytes, read once per process. */
export function loadFontBytes(path: string): Uint8Array {
  let bytes = bytesCache.get(path)
  if (!bytes) {
    const buf = readFileSync(path)
    bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)
    bytesCache.set(path, bytes)
  }
  return bytes
}

/** For tests and diagnostics: how many font files are held in memory. */
export function cachedFontFileCount(): number {
  return bytesCache.size
}

// ---------------------------------------------------------------------------------------
// Glyph coverage

/**
 * The part of fontkit's Font we use. pdfkit parses fonts with its bundled fontkit; a parsed
 * font object can be handed back to pdfkit's registerFont (it accepts anything with `layout`).
 */
export interface ParsedFont {
  hasGlyphForCodePoint(codePoint: number): boolean
  layout(text: string): unknown
}

const parsedCache = new Map<string, ParsedFont>()

/**
 * The face parsed once per process and shared by every document and coverage check. Parsing a
 * 10 MB CJK font allocates tens of megabytes of tables (character map, glyph locations, metrics);
 * doing it for each document made printing the process's largest source of garbage (a month's
 * report PDFs grew the main process by ~100 MB). Sharing is safe for the output: each document
 * keeps its own subset and layout cache (pdfkit's EmbeddedFont), and fontkit's own caches hold
 * only glyph data that does not depend on which document asked first — reprints stay
 * byte-identical (test/electron/documents).
 */
export function parsedFont(face: FontFace): ParsedFont {
  const key = `${face.path}#${face.family ?? ''}`
  let font = parsedCache.get(key)
  if (!font) {
    const probe = new PDFDocument({ autoFirstPage: false })
    probe.font(loadFontBytes(face.path), face.family as string)
    const parsed = (probe as unknown as { _font?: { font?: ParsedFont } })._font?.font
    if (!parsed || typeof parsed.hasGlyphForCodePoint !== 'function' || typeof parsed.layout !== 'function') {
      throw new Error(`无法读取字体的字符表：${face.path}`)
    }
    font = parsed
    parsedCache.set(key, font)
  }
  return font
}

// Characters that are never drawn as glyphs, so they cannot go missing.
function isInvisible(cp: number): boolean {
  return (
    cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0x20 || cp === 0x3000 || // whitespace
    (cp >= 0x200b && cp <= 0x200d) || cp === 0xfeff || // zero-width
    (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef) // variation selectors
  )
}

/**
 * The distinct characters of `text` that the font set cannot draw, in order of first
 * appearance (e.g. ['𠮷'] for 吉 with the "土" top, which Noto Sans SC lacks). Callers warn
 * the user before printing: pdfkit would otherwise draw an empty .notdef box in its place.
 * A character counts as drawable when both the regular and the bold face have it.
 */
export function missingGlyphs(text: string, fontSet: FontSet = preferredFontSet()): string[] {
  const regular = parsedFont(fontSet.regular)
  const bold = parsedFont(fontSet.bold)
  const missing: string[] = []
  const seen = new Set<number>()
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (seen.has(cp)) continue
    seen.add(cp)
    if (isInvisible(cp)) continue
    if (!regular.hasGlyphForCodePoint(cp) || !bold.hasGlyphForCodePoint(cp)) missing.push(ch)
  }
  return missing
}

/**
 * The font set to print `text` with: the preferred set when it covers every character,
 * otherwise the bundled Noto set when that covers more (a name with a rare character on a
 * Windows machine with only 仿宋 falls back to Noto rather than losing the character).
 */
export function chooseFontSet(text: string): { fontSet: FontSet; missing: string[] } {
  const preferred = preferredFontSet()
  const missing = missingGlyphs(text, preferred)
  if (missing.length === 0 || preferred.id === 'noto') return { fontSet: preferred, missing }
  const noto = notoFontSet()
  const notoMissing = missingGlyphs(text, noto)
  return notoMissing.length < missing.length ? { fontSet: noto, missing: notoMissing } : { fontSet: preferred, missing }
}
