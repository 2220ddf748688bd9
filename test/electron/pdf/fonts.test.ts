/** Font loading, glyph coverage, and the Windows official fonts (仿宋, 宋体, 黑体, 楷体, 方正小标宋) per role. */
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getDocumentProxy } from 'unpdf'
import { afterEach, describe, expect, it } from 'vitest'
import { MissingGlyphsError, renderPdf } from '../../../electron/main/pdf'
import {
  bundledFaces,
  cachedFontFileCount,
  cachedParsedFontCount,
  chooseFontSet,
  configureFonts,
  getFontSettings,
  getResourcesDir,
  loadFontBytes,
  missingGlyphs,
  parsedFont,
  preferredFontSet,
  resetFontSettings,
  setResourcesDir,
  windowsOfficialFontSet,
} from '../../../electron/main/pdf/fonts'
import * as fx from './fixtures'
import { embeddedFonts, squashedText } from './helpers'

const NO_WINDOWS = { windowsFontsDir: join(tmpdir(), 'no-such-windows-fonts'), userFontsDir: null }

afterEach(() => {
  resetFontSettings()
  configureFonts(NO_WINDOWS)
  setResourcesDir(null)
})

describe('bundled fonts', () => {
  it('finds <repo>/resources by itself and reads and parses each file once', () => {
    setResourcesDir(null) // empties the caches
    expect(existsSync(join(getResourcesDir(), 'fonts', 'NotoSerifSC-Regular.ttf'))).toBe(true)
    const faces = bundledFaces()
    expect(faces.body.path).toMatch(/NotoSerifSC-Regular\.ttf$/)
    expect(faces.title.path).toMatch(/NotoSerifSC-Bold\.ttf$/)
    expect(faces.heiti.path).toMatch(/NotoSansSC-Bold\.ttf$/)
    const a = loadFontBytes(faces.body.path)
    const b = loadFontBytes(faces.body.path)
    expect(b).toBe(a) // the same bytes, not a second read
    expect(a.byteLength).toBeGreaterThan(5_000_000)
    for (const face of Object.values(faces)) expect(parsedFont(face)).toBe(parsedFont(face))
    // Five roles, three files: Noto Serif SC Regular and Bold, Noto Sans SC Bold.
    expect(cachedFontFileCount()).toBe(3)
    expect(cachedParsedFontCount()).toBe(3)
  })

  it('uses the folder the Electron main sets, and says where it looked when fonts are missing', async () => {
    const repoResources = getResourcesDir()
    setResourcesDir(repoResources)
    expect(getResourcesDir()).toBe(repoResources)
    const empty = mkdtempSync(join(tmpdir(), 'res-'))
    try {
      setResourcesDir(empty)
      await expect(renderPdf(fx.grantDecision)).rejects.toThrow(/NotoSerifSC-Regular\.ttf|ENOENT/)
    } finally {
      rmSync(empty, { recursive: true, force: true })
    }
  })
})

describe('missingGlyphs', () => {
  it('finds rare characters Noto Sans SC lacks and passes those it has', () => {
    // 𠮷 (U+20BB7, 吉 with 土 on top) and 𡒄 (U+21484) are not in Noto Sans SC;
    // 䶮 (U+4DAE, Ext. A), 堃, 赟, 喆 and 𬱖 (Ext. E) are.
    expect(missingGlyphs('𠮷永红')).toEqual(['𠮷'])
    expect(missingGlyphs('刘䶮 王堃 李赟 张喆 𬱖 𠮷 𡒄 𠮷')).toEqual(['𠮷', '𡒄'])
    expect(missingGlyphs('南宁市法律援助中心〔2026〕12号 ¥1,234.56 — 1 —')).toEqual([])
  })

  it('stops renderPdf with the characters listed, unless the user accepted the risk', async () => {
    const vm = { ...fx.grantDecision, applicant: { name: '𠮷祥' } }
    const err = await renderPdf(vm).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(MissingGlyphsError)
    expect((err as MissingGlyphsError).chars).toEqual(['𠮷'])
    expect((err as Error).message).toContain('𠮷')

    const accepted = await renderPdf(vm, { allowMissingGlyphs: true })
    expect(accepted.missingGlyphs).toEqual(['𠮷'])
    expect(accepted.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('prints Ext. A and Ext. E characters in names', async () => {
    const vm = { ...fx.grantDecision, applicant: { name: '欧阳䶮' }, findings: '你的家庭人均月收入低于本地标准，你的母亲王堃一同签署了声明' }
    const { pdf } = await renderPdf(vm)
    const text = await squashedText(pdf)
    expect(text).toContain('欧阳䶮：')
    expect(text).toContain('王堃')
  })
})

describe('Windows official fonts', () => {
  const fontsDir = () => join(getResourcesDir(), 'fonts')
  /** A fake Windows fonts folder: each Windows file name links to a bundled font with full CJK coverage. */
  const fakeWindows = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'winfonts-'))
    for (const [name, target] of Object.entries(files)) symlinkSync(target.startsWith('/') ? target : join(fontsDir(), target), join(dir, name))
    return dir
  }

  it('are preferred by default, and ignored when the files are not there', () => {
    resetFontSettings()
    expect(getFontSettings().preferWindowsOfficialFonts).toBe(true)
    const empty = mkdtempSync(join(tmpdir(), 'winfonts-'))
    try {
      configureFonts({ windowsFontsDir: empty, userFontsDir: null })
      expect(windowsOfficialFontSet()).toBeNull()
      expect(preferredFontSet().id).toBe('noto')
      expect(preferredFontSet().label).toContain('随软件安装')
    } finally {
      rmSync(empty, { recursive: true, force: true })
    }
  })

  it('are used per role when installed: 仿宋 body, 方正小标宋 title, 黑体, 楷体; recorded in the PDF properties', async () => {
    const dir = fakeWindows({
      'simfang.ttf': 'NotoSerifSC-Regular.ttf',
      'simhei.ttf': 'NotoSansSC-Bold.ttf',
      'simkai.ttf': 'NotoSansSC-Regular.ttf',
      'FZXBSJW.TTF': 'NotoSerifSC-Bold.ttf',
    })
    try {
      configureFonts({ windowsFontsDir: dir, userFontsDir: null })
      const set = preferredFontSet()
      expect(set.id).toBe('windows-official')
      expect(set.faces.body).toMatchObject({ path: join(dir, 'simfang.ttf'), name: '仿宋', source: 'windows' })
      expect(set.faces.title).toMatchObject({ path: join(dir, 'FZXBSJW.TTF'), name: '方正小标宋', source: 'windows' })
      expect(set.faces.heiti.name).toBe('黑体')
      expect(set.faces.kaiti.name).toBe('楷体')
      // No simsun.ttc here: the page numbers' 宋体 falls back to the bundled serif on its own.
      expect(set.faces.songti.source).toBe('bundled')
      expect(set.label).toContain('正文 仿宋')

      const result = await renderPdf(fx.terminationDecision)
      expect(result.fontSet.id).toBe('windows-official')
      expect(await squashedText(result.pdf)).toContain('潘德明')
      const info = (await (await getDocumentProxy(new Uint8Array(result.pdf))).getMetadata()).info as Record<string, unknown>
      expect(info.Keywords).toContain('正文 仿宋')
      expect(info.Keywords).toContain('标题 方正小标宋')
      const custom = info.Custom as Record<string, string>
      expect(custom.Fonts).toContain('body=仿宋 (simfang.ttf)')
      expect(custom.Fonts).toContain('title=方正小标宋 (FZXBSJW.TTF)')
      expect(custom.Fonts).not.toContain(dir) // file names only, never the folder
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('finds fonts installed for one user, and takes the bundled face for each role the machine lacks', () => {
    const system = fakeWindows({ 'simfang.ttf': 'NotoSerifSC-Regular.ttf' })
    const user = mkdtempSync(join(tmpdir(), 'userfonts-'))
    try {
      configureFonts({ windowsFontsDir: system, userFontsDir: user })
      let set = preferredFontSet()
      expect(set.faces.body.source).toBe('windows')
      expect(set.faces.title).toMatchObject({ name: 'Noto Serif SC Bold', source: 'bundled' })
      expect(set.faces.heiti).toMatchObject({ name: 'Noto Sans SC Bold', source: 'bundled' })
      expect(set.label).toContain('缺少的随软件安装')
      symlinkSync(join(fontsDir(), 'NotoSerifSC-Bold.ttf'), join(user, 'FZXBSK.TTF'))
      set = preferredFontSet()
      expect(set.faces.title).toMatchObject({ path: join(user, 'FZXBSK.TTF'), name: '方正小标宋' })
    } finally {
      rmSync(system, { recursive: true, force: true })
      rmSync(user, { recursive: true, force: true })
    }
  })

  it('can be switched off', () => {
    const dir = fakeWindows({ 'simfang.ttf': 'NotoSerifSC-Regular.ttf', 'simhei.ttf': 'NotoSansSC-Bold.ttf' })
    try {
      configureFonts({ windowsFontsDir: dir, userFontsDir: null, preferWindowsOfficialFonts: false })
      expect(preferredFontSet().id).toBe('noto')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  const dejavu = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
  it.skipIf(!existsSync(dejavu))('fall back to the bundled fonts for a document they cannot draw', async () => {
    // A Latin-only font posing as 仿宋/黑体: it lacks every Chinese character.
    const dir = fakeWindows({ 'simfang.ttf': dejavu, 'simhei.ttf': dejavu })
    try {
      configureFonts({ windowsFontsDir: dir, userFontsDir: null })
      expect(preferredFontSet().id).toBe('windows-official')
      expect(chooseFontSet('韦秀兰').fontSet.id).toBe('noto')
      const result = await renderPdf(fx.acceptanceReceipt)
      expect(result.fontSet.id).toBe('noto')
      expect(embeddedFonts(result.pdf).fonts.every((f) => /Noto(Serif|Sans)SC/.test(f.name))).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it.skipIf(!existsSync(dejavu))('move only the title to another face when 小标宋 lacks a title character', () => {
    // 方正小标宋简体 covers GB2312 only; here a Latin-only stand-in lacks all of the title.
    const dir = fakeWindows({ 'simfang.ttf': 'NotoSerifSC-Regular.ttf', 'simhei.ttf': 'NotoSansSC-Bold.ttf', 'FZXBSJW.TTF': dejavu })
    try {
      configureFonts({ windowsFontsDir: dir, userFontsDir: null })
      expect(preferredFontSet().faces.title.name).toBe('方正小标宋')
      const { fontSet, missing } = chooseFontSet('韦秀兰 南宁市法律援助中心', '南宁市法律援助中心\n给予法律援助决定书')
      expect(missing).toEqual([])
      expect(fontSet.id).toBe('windows-official') // the body keeps 仿宋
      expect(fontSet.faces.title).toMatchObject({ name: 'Noto Serif SC Bold', source: 'bundled' })
      // The title text alone decides: body characters 小标宋 would lack do not move the title.
      expect(missingGlyphs('abc', fontSet, '南宁')).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
