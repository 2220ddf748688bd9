import { describe, expect, it } from 'vitest'
import { isMobilePhone, isValidPhone, normalizePhone } from '../../../shared/domain/phone'
import { collapseSpaces, hasCjk, normalizeInput, toHalfWidth } from '../../../shared/domain/text'

describe('text', () => {
  it('folds full-width ASCII and the ideographic space', () => {
    expect(toHalfWidth('１２３ＡＢｘ－（）　')).toBe('123ABx-() ')
    expect(toHalfWidth('王芳、。')).toBe('王芳、。')
  })
  it('collapses spaces', () => {
    expect(collapseSpaces('  a \t b\n\nc ')).toBe('a b c')
    expect(normalizeInput('　王　　芳　')).toBe('王 芳')
  })
  it('detects CJK', () => {
    expect(hasCjk('abc王')).toBe(true)
    expect(hasCjk('abc-123')).toBe(false)
  })
})

describe('phone', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['+86 13812345678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['0771-5551234', '0771-5551234'],
    ['07715551234', '0771-5551234'],
    ['(0891)6331234', '0891-6331234'],
    ['010-12345678', '010-12345678'],
    ['01012345678', '010-12345678'],
    ['0471-6661234-802', '0471-6661234-802'],
  ])('%s is valid → %s', (input, normalised) => {
    expect(normalizePhone(input)).toBe(normalised)
    expect(isValidPhone(input)).toBe(true)
  })

  it.each(['12812345678', '1381234567', '5551234', '12348', '0771-12345', 'abc', ''])('%s is invalid', (input) => {
    expect(isValidPhone(input)).toBe(false)
  })

  it('tells mobiles from landlines', () => {
    expect(isMobilePhone('13812345678')).toBe(true)
    expect(isMobilePhone('0771-5551234')).toBe(false)
  })
})
