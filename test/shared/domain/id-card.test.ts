import { describe, expect, it } from 'vitest'
import type { LocalDate } from '../../../shared/domain/dates'
import {
  isValidResidentId,
  maskIdNumber,
  normalizeIdNumber,
  residentIdCheckChar,
  validateResidentId,
} from '../../../shared/domain/id-card'

/** Independent check-character computation for building test numbers (ISO 7064 MOD 11-2). */
function withCheck(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const weight = 2 ** (17 - i) % 11 // 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2
    sum += Number(first17[i]) * weight
  }
  const value = (12 - (sum % 11)) % 11
  return first17 + (value === 10 ? 'X' : String(value))
}

/** Builds a 17-digit body whose check character is the wanted one, by varying the sequence. */
function withCheckChar(prefix14: string, wanted: string): string {
  for (let seq = 0; seq < 1000; seq++) {
    const id = withCheck(prefix14 + String(seq).padStart(3, '0'))
    if (id.endsWith(wanted)) return id
  }
  throw new Error('unreachable')
}

function wrongCheck(id: string): string {
  const last = id.slice(-1)
  return id.slice(0, -1) + (last === '0' ? '1' : '0')
}

const TODAY = '2026-03-02' as LocalDate

describe('residentIdCheckChar', () => {
  it('uses weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2 and check chars 1,0,X,9,8,7,6,5,4,3,2', () => {
    // The test helper derives weights from 2^(17-i) mod 11; both must agree on many bodies.
    const bodies = ['11010519491231002', '44030419900101123', '15010219850615432', '54010220001231999', '45010320260301001']
    for (const body of bodies) expect(body + residentIdCheckChar(body)).toBe(withCheck(body))
  })

  it('maps each remainder to its check character', () => {
    // One body per check character 0-9 and X; each found by varying the sequence.
    for (const c of ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']) {
      const id = withCheckChar('11010519800101', c)
      expect(residentIdCheckChar(id.slice(0, 17))).toBe(c)
    }
  })

  it('rejects a body that is not 17 digits', () => {
    expect(() => residentIdCheckChar('1234')).toThrow(RangeError)
  })
})

describe('validateResidentId: valid numbers', () => {
  const rows: { id: string; birthDate: string; gender: 'male' | 'female'; province: string }[] = [
    { id: withCheck('11010519491231002'), birthDate: '1949-12-31', gender: 'female', province: '北京市' },
    { id: withCheck('15010219850615431'), birthDate: '1985-06-15', gender: 'male', province: '内蒙古自治区' },
    { id: withCheck('45010320000229006'), birthDate: '2000-02-29', gender: 'female', province: '广西壮族自治区' },
    { id: withCheck('54010219001231013'), birthDate: '1900-12-31', gender: 'male', province: '西藏自治区' },
    { id: withCheck('65010220260302005'), birthDate: '2026-03-02', gender: 'male', province: '新疆维吾尔自治区' },
    { id: withCheck('81000019990101004'), birthDate: '1999-01-01', gender: 'female', province: '香港特别行政区' },
  ]
  for (const row of rows) {
    it(`${row.id} → ${row.birthDate} ${row.gender}`, () => {
      const r = validateResidentId(row.id, { today: TODAY })
      expect(r).toEqual({
        ok: true,
        value: { idNumber: row.id, regionCode: row.id.slice(0, 6), province: row.province, birthDate: row.birthDate, gender: row.gender },
      })
    })
  }

  it('accepts a lowercase x and normalises it to X', () => {
    const id = withCheckChar('15010219850615', 'X')
    const r = validateResidentId(id.toLowerCase())
    expect(r.ok && r.value.idNumber).toBe(id)
  })

  it('accepts full-width digits and spaces as typed with an IME', () => {
    const id = withCheck('11010519491231002')
    const typed = ` ${id.slice(0, 6)} ${id.slice(6)} `.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
    const r = validateResidentId(typed)
    expect(r.ok && r.value.idNumber).toBe(id)
  })

  it('skips the future check when no today is given', () => {
    expect(isValidResidentId(withCheck('11010520300101002'))).toBe(true)
  })
})

describe('validateResidentId: invalid numbers', () => {
  const good = withCheck('15010219850615431')
  const rows: { name: string; input: string; code: string; reason: RegExp }[] = [
    { name: 'empty', input: '  ', code: 'empty', reason: /不能为空/ },
    { name: '17 digits', input: good.slice(0, 17), code: 'length', reason: /长度应为18位，当前为17位/ },
    { name: '19 digits', input: good + '1', code: 'length', reason: /长度应为18位/ },
    { name: '15-digit first-generation number', input: '110105491231002', code: 'length', reason: /15位旧号码/ },
    { name: 'letter inside', input: good.slice(0, 5) + 'A' + good.slice(6), code: 'format', reason: /数字/ },
    { name: 'X not last', input: 'X' + good.slice(1), code: 'format', reason: /最后一位可以是X/ },
    { name: 'wrong check digit', input: wrongCheck(good), code: 'check-digit', reason: new RegExp(`^校验位错误，应为 ${good.slice(-1)}$`) },
    { name: 'Feb 30', input: withCheck('15010219850230431'), code: 'birth-date', reason: /^出生日期无效$/ },
    { name: 'Feb 29 in a common year', input: withCheck('15010219850229431'), code: 'birth-date', reason: /出生日期无效/ },
    { name: 'month 13', input: withCheck('15010219851301431'), code: 'birth-date', reason: /出生日期无效/ },
    { name: 'born before 1900', input: withCheck('15010218991231431'), code: 'birth-date', reason: /出生日期无效/ },
    { name: 'born after today', input: withCheck('15010220260303431'), code: 'future-birth-date', reason: /晚于今天/ },
    { name: 'region 00', input: withCheck('00010219850615431'), code: 'region', reason: /地区代码无效/ },
    { name: 'region 99', input: withCheck('99010219850615431'), code: 'region', reason: /前两位 99/ },
    { name: 'region 24 (not a province)', input: withCheck('24010219850615431'), code: 'region', reason: /地区代码无效/ },
  ]
  for (const row of rows) {
    it(row.name, () => {
      const r = validateResidentId(row.input, { today: TODAY })
      expect(r.ok).toBe(false)
      if (!r.ok) {
        expect(r.code).toBe(row.code)
        expect(r.reason).toMatch(row.reason)
      }
    })
  }
})

describe('normalizeIdNumber', () => {
  it('removes spaces, folds full-width, uppercases', () => {
    expect(normalizeIdNumber(' 1501 0219 8506 1543 1ｘ ')).toBe('15010219850615431X')
  })
})

describe('maskIdNumber', () => {
  it('keeps the first 4 and last 4 of an 18-character ID and hides the birth date', () => {
    const id = withCheckChar('15010219850615', 'X')
    const masked = maskIdNumber(id)
    expect(masked).toBe(`1501**********${id.slice(-4)}`)
    expect(masked).toHaveLength(18)
    expect(masked).not.toContain('19850615')
  })

  it('masks other document numbers keeping at most 2 + 2 characters', () => {
    expect(maskIdNumber('E12345678')).toBe('E1*****78')
    expect(maskIdNumber('H1234')).toBe('H***4')
    expect(maskIdNumber('1234')).toBe('****')
    expect(maskIdNumber('')).toBe('')
  })
})
