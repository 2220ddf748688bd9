import { describe, expect, it } from 'vitest'
import { compareCaseNumbers, formatCaseNumber, isCaseNumber, parseCaseNumber } from '../../../shared/domain/case-number'

describe('formatCaseNumber', () => {
  it.each([
    [2026, 1, '2026-0001'],
    [2026, 12, '2026-0012'],
    [2026, 9999, '2026-9999'],
    [2026, 10000, '2026-10000'],
    [2027, 123456, '2027-123456'],
  ])('(%i, %i) → %s', (year, seq, text) => {
    expect(formatCaseNumber(year, seq)).toBe(text)
  })

  it.each([
    [2026, 0],
    [2026, -1],
    [2026, 1.5],
    [99, 1],
    [3000, 1],
  ])('rejects (%d, %d)', (year, seq) => {
    expect(() => formatCaseNumber(year, seq)).toThrow(RangeError)
  })
})

describe('parseCaseNumber', () => {
  it('round-trips formatted numbers', () => {
    for (const [y, s] of [
      [2026, 1],
      [2026, 9999],
      [2026, 10000],
      [1999, 42],
    ] as const) {
      expect(parseCaseNumber(formatCaseNumber(y, s))).toEqual({ year: y, seq: s })
    }
  })

  it.each(['', '2026', '2026-', '2026-12', '2026-012', '2026-0000', '2026-01234', '26-0012', '2026/0012', 'abcd-0012', '3000-0001'])(
    'rejects non-canonical %j',
    (text) => {
      expect(parseCaseNumber(text)).toBeNull()
      expect(isCaseNumber(text)).toBe(false)
    },
  )
})

describe('compareCaseNumbers', () => {
  it('orders by year then numeric sequence, not by string', () => {
    const sorted = ['2026-10000', '2025-9999', '2026-9999', '2026-0002', 'bogus'].sort(compareCaseNumbers)
    expect(sorted).toEqual(['2025-9999', '2026-0002', '2026-9999', '2026-10000', 'bogus'])
  })
})
