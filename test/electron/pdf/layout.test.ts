/** Chinese line breaking: no character lost, punctuation rules (避头尾), Latin runs kept whole. */
import { describe, expect, it } from 'vitest'
import { createDoc, SIZES, textBox, trackingFor } from '../../../electron/main/pdf/document'
import { breakParagraph, formatBasis, heading, MAX_GAP_STRETCH, paragraph, textBlock } from '../../../electron/main/pdf/layout'
import * as fx from './fixtures'

const doc = () => {
  const d = createDoc({ title: 'layout', author: '南宁市法律援助中心', issuedOn: fx.d('2026-03-09') })
  d.font('cjk').fontSize(SIZES.body)
  return d
}

const TEXT =
  '你于2026年3月2日提出的法律援助申请（受理编号：NN-2026-0031，申请事项：请求确认劳动关系并支付拖欠的劳动报酬），经审查，符合《中华人民共和国法律援助法》第三十一条、第四十一条、第四十三条规定的法律援助条件。本中心决定给予法律援助，援助形式为劳动争议仲裁代理。'

describe('breakParagraph', () => {
  it('keeps every character, in order, and every line within the width', () => {
    const d = doc()
    const width = textBox(d).width
    const lines = breakParagraph(d, TEXT, { width, firstIndent: 2 * SIZES.body })
    expect(lines.join('')).toBe(TEXT)
    expect(lines.length).toBeGreaterThan(3)
    lines.forEach((l, i) => expect(d.widthOfString(l)).toBeLessThanOrEqual(width - (i === 0 ? 2 * SIZES.body : 0) + 0.01))
    d.end()
  })

  it('never starts a line with closing punctuation nor ends one with an opening bracket', () => {
    const d = doc()
    // Try many widths so that breaks land next to punctuation.
    for (let chars = 8; chars <= 28; chars++) {
      const lines = breakParagraph(d, TEXT, { width: chars * SIZES.body + 1 })
      expect(lines.join('')).toBe(TEXT)
      for (const l of lines.slice(1)) expect('，。、；：）》」〕'.includes(l[0]!), `line "${l}" at ${chars} chars`).toBe(false)
      for (const l of lines.slice(0, -1)) expect('（《「〔'.includes(l.at(-1)!), `line "${l}" at ${chars} chars`).toBe(false)
    }
    d.end()
  })

  it('does not split numbers and dates inside a line break', () => {
    const d = doc()
    for (let chars = 8; chars <= 28; chars++) {
      const lines = breakParagraph(d, TEXT, { width: chars * SIZES.body + 1 })
      for (let i = 0; i < lines.length - 1; i++) {
        const joint = `${lines[i]!.at(-1)}${lines[i + 1]![0]}`
        expect(/^\d\d$/.test(joint), `digits split at "${lines[i]}|${lines[i + 1]}"`).toBe(false)
      }
    }
    d.end()
  })

  it('still breaks a code longer than a line rather than overflowing', () => {
    const d = doc()
    const code = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
    const lines = breakParagraph(d, code, { width: 200 })
    expect(lines.join('')).toBe(code)
    for (const l of lines) expect(d.widthOfString(l)).toBeLessThanOrEqual(200.01)
    d.end()
  })
})

describe('squeezing and stretching', () => {
  it('squeezes a closing mark into a line half a character short instead of pushing a character down', () => {
    const d = doc()
    const text = '一二三四五六七八九十。十一十二'
    const em = SIZES.body
    // Room for 10.6 characters: the 。 is squeezed in (挤进); with no squeeze allowed, 十 goes down with it (推出).
    expect(breakParagraph(d, text, { width: 10.6 * em, squeeze: 0.5 * em })[0]).toBe('一二三四五六七八九十。')
    expect(breakParagraph(d, text, { width: 10.6 * em })[0]).toBe('一二三四五六七八九')
    // A whole character short is too much to squeeze.
    expect(breakParagraph(d, text, { width: 10.2 * em, squeeze: 0.5 * em })[0]).toBe('一二三四五六七八九')
    d.end()
  })

  it('stretches nearly full lines a hair, and leaves a line cut short by a long number as it is', () => {
    const d = doc()
    const spacings: { text: string; characterSpacing: number }[] = []
    const text = d.text.bind(d)
    d.text = ((s: string, x?: number, y?: number, o?: PDFKit.Mixins.TextOptions) => {
      spacings.push({ text: s, characterSpacing: o?.characterSpacing ?? 0 })
      return text(s, x, y, o)
    }) as typeof d.text
    // The first line has room for 26 characters after the indent; the licence number needs 9.5 after 21.
    paragraph(d, '本中心指派你所莫永康律师承办案件，执业证号14501201510234567，案件编号为（2026）南法援民字第0031号，特此通知，请你所及时安排。')
    const grid = trackingFor(SIZES.body)
    expect(spacings.length).toBeGreaterThan(1)
    const first = spacings[0]!
    // The first line ends early: the licence number does not fit after it and may not be split.
    expect(first.text).toBe('本中心指派你所莫永康律师承办案件，执业证号')
    expect(first.characterSpacing).toBeCloseTo(grid, 5)
    for (const s of spacings) expect(s.characterSpacing - grid, s.text).toBeLessThanOrEqual(MAX_GAP_STRETCH * SIZES.body + 1e-9)
    d.end()
  })

  it('sets level-1 headings in 黑体 and level-2 headings in 楷体', () => {
    const d = doc()
    const fonts: string[] = []
    const font = d.font.bind(d)
    d.font = ((src: string, ...rest: unknown[]) => {
      fonts.push(src)
      return (font as (...a: unknown[]) => PDFKit.PDFDocument)(src, ...rest)
    }) as typeof d.font
    heading(d, '一、申请人基本情况')
    heading(d, '（一）家庭成员', { level: 2 })
    textBlock(d, '正文')
    expect(fonts).toEqual(['cjk-bold', 'cjk-kai', 'cjk'])
    d.end()
  })
})

describe('formatBasis', () => {
  it('groups clauses by document in order of first mention', () => {
    expect(
      formatBasis([
        { doc: '中华人民共和国法律援助法', clause: '第三十一条' },
        { doc: '《中华人民共和国法律援助法》', clause: '第四十三条' },
        { doc: '南宁市关于进一步完善法律援助制度的实施办法', clause: '二（三）' },
      ]),
    ).toBe('《中华人民共和国法律援助法》第三十一条、第四十三条，《南宁市关于进一步完善法律援助制度的实施办法》二（三）')
  })
})
