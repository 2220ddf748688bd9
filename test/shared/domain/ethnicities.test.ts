import { describe, expect, it } from 'vitest'
import {
  ETHNICITIES,
  ETHNICITY_OPTIONS,
  EXTRA_ETHNICITY_CODES,
  EthnicityCodeSchema,
  ethnicityCodeByName,
  ethnicityLabel,
} from '../../../shared/domain/ethnicities'

describe('ETHNICITIES (GB/T 3304)', () => {
  it('has exactly the 56 groups, coded 01..56 in order', () => {
    expect(ETHNICITIES).toHaveLength(56)
    expect(ETHNICITIES.map((e) => e.code)).toEqual(Array.from({ length: 56 }, (_, i) => String(i + 1).padStart(2, '0')))
  })

  it('has unique codes and unique names, every name ending in 族', () => {
    expect(new Set(ETHNICITIES.map((e) => e.code)).size).toBe(56)
    expect(new Set(ETHNICITIES.map((e) => e.label)).size).toBe(56)
    for (const e of ETHNICITIES) expect(e.label).toMatch(/^\p{Script=Han}+族$/u)
  })

  it('places anchor entries at their standard codes', () => {
    const at = (code: string) => ETHNICITIES.find((e) => e.code === code)?.label
    expect(at('01')).toBe('汉族')
    expect(at('02')).toBe('蒙古族')
    expect(at('04')).toBe('藏族')
    expect(at('08')).toBe('壮族')
    expect(at('10')).toBe('朝鲜族')
    expect(at('36')).toBe('毛南族')
    expect(at('44')).toBe('俄罗斯族')
    expect(at('54')).toBe('门巴族')
    expect(at('55')).toBe('珞巴族')
    expect(at('56')).toBe('基诺族')
  })

  it('keeps 97 其他 and 98 外国血统中国籍人士 outside the 56 but selectable', () => {
    expect(EXTRA_ETHNICITY_CODES.map((e) => e.code)).toEqual(['97', '98'])
    expect(ETHNICITY_OPTIONS).toHaveLength(58)
    expect(ethnicityLabel('98')).toBe('外国血统中国籍人士')
  })

  it('validates codes in the schema with a Chinese message', () => {
    expect(EthnicityCodeSchema.safeParse('03').success).toBe(true)
    expect(EthnicityCodeSchema.safeParse('97').success).toBe(true)
    const bad = EthnicityCodeSchema.safeParse('57')
    expect(bad.success).toBe(false)
    expect(bad.error?.issues[0]?.message).toBe('请选择民族')
  })

  it('finds codes by name with or without 族', () => {
    expect(ethnicityCodeByName('蒙古')).toBe('02')
    expect(ethnicityCodeByName('维吾尔族')).toBe('05')
    expect(ethnicityCodeByName('火星族')).toBeUndefined()
    expect(ethnicityCodeByName('')).toBeUndefined()
  })
})
