/** Font loading, glyph coverage and the Windows official-font preference. */
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { MissingGlyphsError, renderPdf } from '../../../electron/main/pdf'
import {
  cachedFontFileCount,
  chooseFontSet,
  configureFonts,
  getResourcesDir,
  loadFontBytes,
  missingGlyphs,
  notoFontSet,
  preferredFontSet,
  setResourcesDir,
  windowsOfficialFontSet,
} from '../../../electron/main/pdf/fonts'
import * as fx from './fixtures'
import { embeddedFonts, squashedText } from './helpers'

const defaults = { preferWindowsOfficialFonts: false, windowsFontsDir: 'C:\\Windows\\Fonts' }

afterEach(() => {
  configureFonts(defaults)
  setResourcesDir(null)
})

describe('bundled fonts', () => {
  it('finds <repo>/resources by itself and reads each file once', () => {
    expect(existsSync(join(getResourcesDir(), 'fonts', 'NotoSansSC-Regular.ttf'))).toBe(true)
    const set = notoFontSet()
    const a = loadFontBytes(set.regular.path)
    const b = loadFontBytes(set.regular.path)
    expect(b).toBe(a) // the same bytes, not a second read
    expect(a.byteLength).toBeGreaterThan(5_000_000)
    loadFontBytes(set.bold.path)
    expect(cachedFontFileCount()).toBe(2)
  })

  it('uses the folder the Electron main sets, and says where it looked when fonts are missing', async () => {
    const repoResources = getResourcesDir()
    setResourcesDir(repoResources)
    expect(getResourcesDir()).toBe(repoResources)
    const empty = mkdtempSync(join(tmpdir(), 'res-'))
    try {
      setResourcesDir(empty)
      await expect(renderPdf(fx.grantDecision)).rejects.toThrow(/NotoSansSC-Regular\.ttf|ENOENT/)
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
    expect(missingGlyphs('南宁市法律援助中心〔2026〕第0012号 ¥1,234.56 — 1 —')).toEqual([])
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

describe('Windows official fonts preference', () => {
  const fontsDir = () => join(getResourcesDir(), 'fonts')

  it('is ignored when the files are not there', () => {
    const empty = mkdtempSync(join(tmpdir(), 'winfonts-'))
    try {
      configureFonts({ preferWindowsOfficialFonts: true, windowsFontsDir: empty })
      expect(windowsOfficialFontSet()).toBeNull()
      expect(preferredFontSet().id).toBe('noto')
    } finally {
      rmSync(empty, { recursive: true, force: true })
    }
  })

  it('is used when simfang.ttf and simhei.ttf exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'winfonts-'))
    try {
      // Stand-ins with full CJK coverage, under the Windows file names.
      symlinkSync(join(fontsDir(), 'NotoSansSC-Regular.ttf'), join(dir, 'simfang.ttf'))
      symlinkSync(join(fontsDir(), 'NotoSansSC-Bold.ttf'), join(dir, 'simhei.ttf'))
      configureFonts({ preferWindowsOfficialFonts: true, windowsFontsDir: dir })
      const set = preferredFontSet()
      expect(set.id).toBe('windows-official')
      expect(set.regular.path).toBe(join(dir, 'simfang.ttf'))
      const result = await renderPdf(fx.acceptanceReceipt)
      expect(result.fontSet.id).toBe('windows-official')
      expect(await squashedText(result.pdf)).toContain('韦秀兰')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  const dejavu = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
  it.skipIf(!existsSync(dejavu))('falls back to Noto for a document the preferred fonts cannot draw', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'winfonts-'))
    try {
      // A Latin-only font posing as 仿宋/黑体: it lacks every Chinese character.
      symlinkSync(dejavu, join(dir, 'simfang.ttf'))
      symlinkSync(dejavu, join(dir, 'simhei.ttf'))
      configureFonts({ preferWindowsOfficialFonts: true, windowsFontsDir: dir })
      expect(preferredFontSet().id).toBe('windows-official')
      expect(chooseFontSet('韦秀兰').fontSet.id).toBe('noto')
      const result = await renderPdf(fx.acceptanceReceipt)
      expect(result.fontSet.id).toBe('noto')
      expect(embeddedFonts(result.pdf).fonts.every((f) => f.name.includes('NotoSansSC'))).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
