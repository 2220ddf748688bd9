/**
 * CJK fonts for printed documents, chosen per role as GB/T 9704-2012 asks:
 *
 * | role      | GB/T 9704              | Windows font (used when installed)            | bundled fallback (OFL)   |
 * |-----------|------------------------|-----------------------------------------------|--------------------------|
 * | body      | 3号仿宋 (正文, 署名…)   | 仿宋 simfang.ttf (else 宋体 simsun.ttc)         | Noto Serif SC Regular    |
 * | title     | 2号小标宋 (标题)        | 方正小标宋 (FZXBSJW.TTF …), else 宋体 simsun.ttc | Noto Serif SC Bold       |
 * | heiti     | 黑体 (一级标题, 表头)   | 黑体 simhei.ttf                                 | Noto Sans SC Bold        |
 * | kaiti     | 楷体 (二级标题)         | 楷体 simkai.ttf                                 | Noto Serif SC Bold       |
 * | songti    | 宋体 (页码数字)         | 宋体 simsun.ttc                                 | Noto Serif SC Regular    |
 *
 * The Windows fonts are looked for in `%WINDIR%\Fonts` and in the per-user fonts folder
 * (`%LOCALAPPDATA%\Microsoft\Windows\Fonts`, where Windows puts a font installed "for me only");
 * they are used by default whenever the files exist. Each role falls back on its own: a machine
 * with 仿宋 but no 方正小标宋 prints the title in 宋体.
 *
 * The bundled fonts are the OFL Noto Serif SC / Noto Sans SC TrueType files in
 * `<resources>/fonts/`. Every font file is read and parsed once per process (`parsedFont`);
 * every document registers the same parsed fonts with pdfkit and embeds only the glyphs it
 * uses (a subset of its own).
 *
 * Glyph coverage (`missingGlyphs`) is answered from pdfkit's own fontkit parse of the same
 * bytes, so what we check is exactly what will be embedded. When the Windows fonts lack a
 * character of a document (a 生僻字 outside GBK), the whole document falls back to the bundled
 * set (see `chooseFontSet`), so one document never mixes two body faces.
 */
import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import PDFDocument from 'pdfkit'

export const NOTO_REGULAR_FILE = 'NotoSansSC-Regular.ttf'
export const NOTO_BOLD_FILE = 'NotoSansSC-Bold.ttf'
export const NOTO_SERIF_REGULAR_FILE = 'NotoSerifSC-Regular.ttf'
export const NOTO_SERIF_BOLD_FILE = 'NotoSerifSC-Bold.ttf'

/** What each face is used for on the page. */
export type FontRole = 'body' | 'title' | 'heiti' | 'kaiti' | 'songti'

export const FONT_ROLES: readonly FontRole[] = ['body', 'title', 'heiti', 'kaiti', 'songti']

/** The name pdfkit registers each role under. 'cjk' and 'cjk-bold' keep their historical names. */
export const ROLE_FONT_NAME: Readonly<Record<FontRole, string>> = {
  body: 'cjk',
  heiti: 'cjk-bold',
  title: 'cjk-title',
  kaiti: 'cjk-kai',
  songti: 'cjk-song',
}

/** Chinese name of each role, for labels and the PDF's properties. */
export const ROLE_LABEL: Readonly<Record<FontRole, string>> = {
  body: '正文',
  title: '标题',
  heiti: '黑体',
  kaiti: '楷体',
  songti: '页码',
}

/** One font file, plus the face name inside it when the file is a collection (.ttc). */
export interface FontFace {
  /** Absolute path of the .ttf/.ttc file. */
  path: string
  /** PostScript name of the face inside a .ttc collection (e.g. 'SimSun'); omit for .ttf. */
  family?: string
  /** Display name, e.g. 仿宋 or Noto Serif SC. */
  name: string
  /** Installed on the machine, or shipped with the app. */
  source: 'windows' | 'bundled'
}

/** The faces a document registers, one per role. */
export interface FontSet {
  /** 'windows-official' when the body is set in an installed Windows font, 'noto' when everything is bundled. */
  id: 'noto' | 'windows-official'
  /** Human-readable description for logs and the print dialog. */
  label: string
  faces: Readonly<Record<FontRole, FontFace>>
}

export interface FontSettings {
  /** Use 仿宋/宋体/黑体/楷体/方正小标宋 from the Windows fonts folders when the files exist. Default true. */
  preferWindowsOfficialFonts: boolean
  /** Where to look for the Windows fonts. Default `%WINDIR%\Fonts`, i.e. C:\Windows\Fonts. */
  windowsFontsDir: string
  /** Also looked in (fonts installed for one user). Default `%LOCALAPPDATA%\Microsoft\Windows\Fonts`; null for none. */
  userFontsDir: string | null
}

// ---------------------------------------------------------------------------------------
// Resources folder

let explicitResourcesDir: string | null = null

/**
 * Sets the folder that contains `fonts/Noto*SC-*.ttf`. The Electron main calls this at
 * start-up: `setResourcesDir(app.isPackaged ? process.resourcesPath : join(appPath, 'resources'))`
 * (electron-builder copies `resources/fonts` to `<resourcesPath>/fonts` via extraResources).
 * Pass null to go back to automatic discovery. Clears the font caches.
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
  return existsSync(join(resourcesDir, 'fonts', NOTO_SERIF_REGULAR_FILE))
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
    throw new Error(`找不到打印字体 ${NOTO_SERIF_REGULAR_FILE}（已查找：${candidates.join('；')}）。请检查安装目录下的 resources/fonts。`)
  }
  return hit
}

// ---------------------------------------------------------------------------------------
// Settings

const defaultWindowsFontsDir = () => join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts')
const defaultUserFontsDir = () => (process.env.LOCALAPPDATA ? join(process.env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts') : null)

const DEFAULT_SETTINGS = (): FontSettings => ({
  preferWindowsOfficialFonts: true,
  windowsFontsDir: defaultWindowsFontsDir(),
  userFontsDir: defaultUserFontsDir(),
})

let settings: FontSettings = DEFAULT_SETTINGS()

export function configureFonts(next: Partial<FontSettings>): void {
  settings = { ...settings, ...next }
}

/** Back to the defaults (Windows fonts preferred, default folders). For tests. */
export function resetFontSettings(): void {
  settings = DEFAULT_SETTINGS()
}

export function getFontSettings(): Readonly<FontSettings> {
  return settings
}

// ---------------------------------------------------------------------------------------
// Font sets

/** The bundled face of each role (no Windows font involved). */
export function bundledFaces(): Record<FontRole, FontFace> {
  const dir = join(getResourcesDir(), 'fonts')
  const serif: FontFace = { path: join(dir, NOTO_SERIF_REGULAR_FILE), name: 'Noto Serif SC', source: 'bundled' }
  const serifBold: FontFace = { path: join(dir, NOTO_SERIF_BOLD_FILE), name: 'Noto Serif SC Bold', source: 'bundled' }
  const sansBold: FontFace = { path: join(dir, NOTO_BOLD_FILE), name: 'Noto Sans SC Bold', source: 'bundled' }
  return { body: serif, title: serifBold, heiti: sansBold, kaiti: serifBold, songti: serif }
}

export function notoFontSet(): FontSet {
  const faces = bundledFaces()
  return { id: 'noto', label: labelOf(faces), faces }
}

/** A Windows font file of one of `names` in the fonts folders, or null. File names are matched as written and in lower/upper case. */
function findWindowsFont(dirs: readonly string[], names: readonly string[]): string | null {
  for (const dir of dirs) {
    for (const name of names) {
      for (const variant of new Set([name, name.toLowerCase(), name.toUpperCase()])) {
        const p = join(dir, variant)
        if (existsSync(p)) return p
      }
    }
  }
  return null
}

/** 方正小标宋: 简体 (GB2312), _GBK, and the newer FZXiaoBiaoSong package, by the file names they install as. */
const XIAOBIAOSONG_FILES = ['FZXBSJW.TTF', 'FZXBSK.TTF', 'FZXiaoBiaoSong-B05S.ttf', 'FZXiaoBiaoSong-B05.ttf', '方正小标宋简体.ttf', '方正小标宋_GBK.ttf']

/** The installed Windows face of each role (null where the machine has none). Detected by file existence. */
export function windowsFaces(dirs: readonly string[] = windowsFontDirs()): Record<FontRole, FontFace | null> {
  const at = (names: readonly string[], name: string, family?: string): FontFace | null => {
    const path = findWindowsFont(dirs, names)
    return path ? { path, name, source: 'windows', ...(family ? { family } : {}) } : null
  }
  const fangsong = at(['simfang.ttf'], '仿宋')
  const songti = at(['simsun.ttc'], '宋体', 'SimSun')
  const xiaobiaosong = at(XIAOBIAOSONG_FILES, '方正小标宋')
  return {
    body: fangsong ?? songti,
    title: xiaobiaosong ?? songti,
    heiti: at(['simhei.ttf'], '黑体'),
    kaiti: at(['simkai.ttf'], '楷体'),
    songti,
  }
}

export function windowsFontDirs(): string[] {
  return [settings.windowsFontsDir, ...(settings.userFontsDir ? [settings.userFontsDir] : [])]
}

/**
 * The Windows official-document fonts with the bundled face for each role the machine lacks,
 * or null when there is no Windows body font (仿宋 or 宋体).
 */
export function windowsOfficialFontSet(dirs: readonly string[] = windowsFontDirs()): FontSet | null {
  const win = windowsFaces(dirs)
  if (!win.body) return null
  const bundled = bundledFaces()
  const faces = Object.fromEntries(FONT_ROLES.map((role) => [role, win[role] ?? bundled[role]])) as Record<FontRole, FontFace>
  return { id: 'windows-official', label: labelOf(faces), faces }
}

/** The font set the settings ask for (before any coverage check). */
export function preferredFontSet(): FontSet {
  if (settings.preferWindowsOfficialFonts) {
    const win = windowsOfficialFontSet()
    if (win) return win
  }
  return notoFontSet()
}

/** e.g. 正文 仿宋、标题 方正小标宋、黑体 黑体、楷体 楷体、页码 宋体（Windows 系统字体）. */
export function labelOf(faces: Readonly<Record<FontRole, FontFace>>): string {
  const parts = FONT_ROLES.map((role) => `${ROLE_LABEL[role]} ${faces[role].name}`)
  const sources = new Set(FONT_ROLES.map((role) => faces[role].source))
  const where = sources.size === 2 ? 'Windows 系统字体，缺少的随软件安装' : sources.has('windows') ? 'Windows 系统字体' : '随软件安装'
  return `${parts.join('、')}（${where}）`
}

/** `仿宋 (simfang.ttf)` / `Noto Serif SC (NotoSerifSC-Regular.ttf)`: the face and its file. */
export function describeFace(face: FontFace): string {
  return `${face.name} (${basename(face.path)}${face.family ? `:${face.family}` : ''})`
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
  postscriptName?: string
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
export function parsedFont(face: Pick<FontFace, 'path' | 'family'>): ParsedFont {
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

/** For tests and diagnostics: how many faces are held parsed. */
export function cachedParsedFontCount(): number {
  return parsedCache.size
}

// Characters that are never drawn as glyphs, so they cannot go missing.
function isInvisible(cp: number): boolean {
  return (
    cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0x20 || cp === 0x3000 || // whitespace
    (cp >= 0x200b && cp <= 0x200d) || cp === 0xfeff || // zero-width
    (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef) // variation selectors
  )
}

/** The distinct characters of `text` that some of `faces` cannot draw, in order of first appearance. */
function missingIn(text: string, faces: readonly FontFace[]): string[] {
  const fonts = [...new Map(faces.map((f) => [`${f.path}#${f.family ?? ''}`, f])).values()].map(parsedFont)
  const missing: string[] = []
  const seen = new Set<number>()
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (seen.has(cp)) continue
    seen.add(cp)
    if (isInvisible(cp)) continue
    if (fonts.some((f) => !f.hasGlyphForCodePoint(cp))) missing.push(ch)
  }
  return missing
}

/** Roles whose face may print any text of the document (everything but the title). */
const TEXT_ROLES: readonly FontRole[] = ['body', 'heiti', 'kaiti', 'songti']

/**
 * The distinct characters of `text` that the font set cannot draw, in order of first
 * appearance (e.g. ['𠮷'] for 吉 with the "土" top, which the Noto fonts lack). Callers warn
 * the user before printing: pdfkit would otherwise draw an empty .notdef box in its place.
 * A character counts as drawable when every text face (body, 黑体, 楷体, 宋体) has it; the
 * title face is checked against `titleText` only (default: `text`).
 */
export function missingGlyphs(text: string, fontSet: FontSet = preferredFontSet(), titleText: string = text): string[] {
  const missing = missingIn(text, TEXT_ROLES.map((r) => fontSet.faces[r]))
  for (const ch of missingIn(titleText, [fontSet.faces.title])) if (!missing.includes(ch)) missing.push(ch)
  return missing
}

/**
 * The font set to print `text` with: the preferred set when it covers every character,
 * otherwise the bundled set when that covers more (a name with a rare character on a Windows
 * machine falls back to the bundled fonts rather than losing the character).
 *
 * `titleText` is what the title face prints (the center's name and the document's title). The
 * title face falls back on its own: 方正小标宋简体 covers only GB2312, so a title character it
 * lacks moves the title to 宋体, then to Noto Serif SC Bold, without changing the body font.
 */
export function chooseFontSet(text: string, titleText?: string): { fontSet: FontSet; missing: string[] } {
  const preferred = preferredFontSet()
  let chosen = preferred
  let missing = missingIn(text, TEXT_ROLES.map((r) => preferred.faces[r]))
  if (missing.length && preferred.id !== 'noto') {
    const noto = notoFontSet()
    const notoMissing = missingIn(text, TEXT_ROLES.map((r) => noto.faces[r]))
    if (notoMissing.length < missing.length) {
      chosen = noto
      missing = notoMissing
    }
  }
  // The title face: the first of the chain that draws the whole title.
  const title = titleText ?? text
  const chain = [chosen.faces.title, ...(chosen.faces.songti.source === 'windows' ? [chosen.faces.songti] : []), bundledFaces().title]
  const uniqueChain = [...new Map(chain.map((f) => [`${f.path}#${f.family ?? ''}`, f])).values()]
  let titleFace = uniqueChain[0]!
  let titleMissing = missingIn(title, [titleFace])
  for (const face of uniqueChain.slice(1)) {
    if (titleMissing.length === 0) break
    const m = missingIn(title, [face])
    if (m.length < titleMissing.length) {
      titleFace = face
      titleMissing = m
    }
  }
  if (titleFace !== chosen.faces.title) {
    const faces = { ...chosen.faces, title: titleFace }
    chosen = { ...chosen, faces, label: labelOf(faces) }
  }
  for (const ch of titleMissing) if (!missing.includes(ch)) missing.push(ch)
  return { fontSet: chosen, missing }
}
