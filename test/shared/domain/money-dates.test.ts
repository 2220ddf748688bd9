import { describe, expect, it } from 'vitest'
import {
  asFen,
  fenToChineseUpper,
  formatFen,
  mulFenByRate,
  parseYuanToFen,
} from '../../../shared/domain/money'
import {
  addDays,
  ageOn,
  dayOfWeek,
  daysBetween,
  formatChineseDate,
  isValidLocalDate,
  localDateOf,
  parseLocalDate,
} from '../../../shared/domain/dates'

describe('money', () => {
  it.each([
    ['1,234.5', 123450],
    ['1234.50', 123450],
    ['¥1600', 160000],
    ['￥0.05', 5],
    [' 800 ', 80000],
    ['-12.3', -1230],
  ])('parses %s as %i fen', (input, fen) => {
    expect(parseYuanToFen(input)).toBe(fen)
  })

  it.each(['', 'abc', '1.234', '1e3', '12..3', '0x10'])('rejects %j', (input) => {
    expect(parseYuanToFen(input)).toBeNull()
  })

  it('refuses non-integer fen', () => {
    expect(() => asFen(1.5)).toThrow()
  })

  it.each([
    [100, 5000, 50],
    [101, 5000, 51], // 50.5 rounds half-up
    [-101, 5000, -51],
    [120000, 12000, 144000],
    [3, 3333, 1],
  ])('mulFenByRate(%i, %i bps) = %i', (fen, bps, expected) => {
    expect(mulFenByRate(asFen(fen), bps)).toBe(expected)
  })

  it.each([
    [123456, '¥1,234.56'],
    [5, '¥0.05'],
    [-100000, '-¥1,000.00'],
  ])('formats %i as %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text)
  })

  it.each([
    [0, '零元整'],
    [5, '伍分'],
    [50, '伍角整'],
    [120000, '壹仟贰佰元整'],
    [30550, '叁佰零伍元伍角整'],
    [100005, '壹仟元零伍分'],
    [160000, '壹仟陆佰元整'],
    [1000000, '壹万元整'],
    [10010000, '壹拾万零壹佰元整'], // vouchers write 壹拾, never a bare 拾
    [100000000, '壹佰万元整'],
    [1234567891, '壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角壹分'],
    [10000000000, '壹亿元整'],
    [10000010000, '壹亿零壹佰元整'],
    [260000, '贰仟陆佰元整'],
    [10100, '壹佰零壹元整'],
    [1000100, '壹万零壹元整'],
  ])('大写 of %i fen is %s', (fen, text) => {
    expect(fenToChineseUpper(fen)).toBe(text)
  })
})

describe('dates', () => {
  it.each(['2026-02-29', '2026-13-01', '2026-1-01', '20260101', '2026-04-31', ''])(
    'rejects %j',
    (s) => {
      expect(isValidLocalDate(s)).toBe(false)
    },
  )
  it('accepts a leap day', () => {
    expect(isValidLocalDate('2024-02-29')).toBe(true)
  })
  it('adds days across months and years', () => {
    expect(addDays(parseLocalDate('2026-12-30'), 3)).toBe('2027-01-02')
    expect(addDays(parseLocalDate('2024-02-28'), 1)).toBe('2024-02-29')
    expect(daysBetween(parseLocalDate('2026-01-01'), parseLocalDate('2026-03-01'))).toBe(59)
  })
  it('knows the weekday', () => {
    expect(dayOfWeek(parseLocalDate('2026-11-23'))).toBe(1) // a Monday
    expect(dayOfWeek(parseLocalDate('2026-10-04'))).toBe(0)
  })
  it('uses Beijing time for the local date of an instant', () => {
    // 2026-03-01T17:00Z is already 2026-03-02 01:00 in Beijing
    expect(localDateOf(Date.UTC(2026, 2, 1, 17, 0))).toBe('2026-03-02')
    expect(localDateOf(Date.UTC(2026, 2, 1, 15, 59))).toBe('2026-03-01')
  })
  it('computes age on a date', () => {
    expect(ageOn(parseLocalDate('2008-03-10'), parseLocalDate('2026-03-09'))).toBe(17)
    expect(ageOn(parseLocalDate('2008-03-10'), parseLocalDate('2026-03-10'))).toBe(18)
  })
  it('formats Chinese dates', () => {
    expect(formatChineseDate(parseLocalDate('2026-03-09'))).toBe('2026年3月9日')
  })
})
