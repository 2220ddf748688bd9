import { describe, expect, it } from 'vitest'
import { classifyQuery, nameSearchKeys } from '../../../shared/domain/search'

describe('nameSearchKeys', () => {
  it('gives full pinyin and initials, lowercase, no tones or spaces', () => {
    const k = nameSearchKeys('王芳')
    expect(k.full).toBe('wangfang')
    expect(k.initials).toBe('wf')
    expect(k.variants.slice(0, 2)).toEqual(['wangfang', 'wf'])
  })

  it.each([
    ['单雄信', 'shanxiongxin', 'sxx'],
    ['曾国藩', 'zengguofan', 'zgf'],
    ['解缙', 'xiejin', 'xj'],
    ['仇英', 'qiuying', 'qy'],
    ['朴树', 'piaoshu', 'ps'],
    ['区家麟', 'oujialin', 'ojl'],
    ['查良镛', 'zhaliangyong', 'zly'],
    ['尉迟恭', 'yuchigong', 'ycg'],
  ])('reads the surname of %s as a surname', (name, full, initials) => {
    const k = nameSearchKeys(name)
    expect(k.full).toBe(full)
    expect(k.initials).toBe(initials)
  })

  it('applies surname readings only at the head of the name', () => {
    // 单 as a given name keeps its everyday reading dan.
    expect(nameSearchKeys('王单').full).toBe('wangdan')
  })

  it('also indexes the everyday reading of a polyphonic surname', () => {
    const k = nameSearchKeys('单芳')
    expect(k.full).toBe('shanfang')
    expect(k.variants).toContain('danfang')
    expect(k.variants).toContain('df')
  })

  it('can read organisation names without surname mode', () => {
    expect(nameSearchKeys('单县某公司', { surname: false }).full).toBe('danxianmougongsi')
  })

  it('writes ü as v and also offers u', () => {
    const k = nameSearchKeys('吕布')
    expect(k.full).toBe('lvbu')
    expect(k.variants).toContain('lubu')
  })

  it('drops the middle dot of transliterated names and keeps latin words', () => {
    expect(nameSearchKeys('阿不都·热合曼').initials).toBe('abdrhm')
    const latin = nameSearchKeys('John Smith')
    expect(latin.full).toBe('johnsmith')
    expect(latin.initials).toBe('js')
  })

  it('handles full-width input and empty names', () => {
    expect(nameSearchKeys('　王芳　').full).toBe('wangfang')
    expect(nameSearchKeys('   ')).toEqual({ full: '', initials: '', variants: [] })
  })
})

describe('classifyQuery', () => {
  it('returns no fields for an empty or blank query', () => {
    expect(classifyQuery('  　 ').fields).toEqual([])
    expect(classifyQuery('').text).toBe('')
  })

  it('recognises a full case number and canonicalises it', () => {
    const c = classifyQuery(' 2026-12 ')
    expect(c.fields).toEqual(['case-number'])
    expect(c.caseNumber).toEqual({ year: 2026, seq: 12, exact: '2026-0012' })
    expect(c.text).toBe('2026-0012')
    expect(classifyQuery('2026-0012').caseNumber?.exact).toBe('2026-0012')
  })

  it('recognises a year prefix', () => {
    expect(classifyQuery('2026-').caseNumber).toEqual({ year: 2026, seq: null, exact: null })
  })

  it('treats short bare digits as a case sequence, ID fragment and phone fragment', () => {
    const c = classifyQuery('0012')
    expect(c.fields).toEqual(['id-number', 'phone', 'case-number'])
    expect(c.caseNumber).toEqual({ year: null, seq: 12, exact: null })
    expect(c.idFragment).toBe('0012')
    expect(c.phoneDigits).toBe('0012')
  })

  it('treats 1-3 digits as a case sequence only', () => {
    const c = classifyQuery('12')
    expect(c.fields).toEqual(['case-number'])
    expect(c.idFragment).toBeNull()
  })

  it('converts full-width digits', () => {
    const c = classifyQuery('１３８１２３４５６７８')
    expect(c.text).toBe('13812345678')
    expect(c.fields).toContain('phone')
    expect(c.phoneDigits).toBe('13812345678')
    expect(classifyQuery('２０２６－００１２').caseNumber?.exact).toBe('2026-0012')
  })

  it('uppercases x in an ID fragment and matches only IDs', () => {
    const c = classifyQuery('0615431x')
    expect(c.fields).toEqual(['id-number'])
    expect(c.idFragment).toBe('0615431X')
    expect(c.text).toBe('0615431X')
    expect(classifyQuery('１５０１０２１９８５０６１５４３１ｘ').idFragment).toBe('15010219850615431X')
  })

  it('reads separated digits as ID or phone, not as a case sequence', () => {
    const landline = classifyQuery('0771-5551234')
    expect(landline.fields).toEqual(['id-number', 'phone'])
    expect(landline.phoneDigits).toBe('07715551234')
    const spaced = classifyQuery('138 1234  5678')
    expect(spaced.phoneDigits).toBe('13812345678')
    expect(spaced.caseNumber).toBeNull()
  })

  it('strips +86 for phones and does not treat it as an ID', () => {
    const c = classifyQuery('+86 13812345678')
    expect(c.fields).toEqual(['phone'])
    expect(c.phoneDigits).toBe('13812345678')
  })

  it('treats a whole 18-digit ID as an ID only (too long for a phone or sequence)', () => {
    expect(classifyQuery('150102198506154310').fields).toEqual(['id-number'])
  })

  it('treats latin letters as pinyin initials and pinyin', () => {
    const c = classifyQuery('WF')
    expect(c.fields).toEqual(['pinyin-initials', 'pinyin', 'name', 'opposing-party'])
    expect(c.pinyin).toBe('wf')
    const spaced = classifyQuery('wang  fang')
    expect(spaced.fields).not.toContain('pinyin-initials')
    expect(spaced.pinyin).toBe('wangfang')
    expect(spaced.text).toBe('wang fang')
  })

  it('treats CJK as a name or opposing party', () => {
    const c = classifyQuery('  王　芳 ')
    expect(c.fields).toEqual(['name', 'opposing-party'])
    expect(c.text).toBe('王 芳')
    expect(classifyQuery('某某建筑公司').fields).toEqual(['name', 'opposing-party'])
  })

  it('caps very long queries', () => {
    expect(classifyQuery('王'.repeat(10_000)).text).toHaveLength(100)
  })
})
