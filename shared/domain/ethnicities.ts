/**
 * 民族 with the two-digit numeric codes of GB/T 3304-1991 (中国各民族名称的罗马字母拼写法和代码).
 *
 * `ETHNICITIES` is exactly the 56 recognised ethnic groups, 01 汉族 … 56 基诺族, in code order.
 * Code 36 is given under its current name 毛南族 (the 1991 text spells it 毛难族).
 *
 * `EXTRA_ETHNICITY_CODES` holds the two supplementary codes in common use with this numbering
 * (also the ones written in the chip of the second-generation resident ID card): 97 其他
 * (e.g. 未识别民族) and 98 外国血统中国籍人士 (naturalised citizens of foreign origin). They are
 * not ethnic groups and are kept out of the 56; intake accepts them because some applicants'
 * ID cards carry them.
 */
import { z } from 'zod'

export interface Ethnicity {
  readonly code: string
  readonly label: string
}

export const ETHNICITIES = [
  { code: '01', label: '汉族' },
  { code: '02', label: '蒙古族' },
  { code: '03', label: '回族' },
  { code: '04', label: '藏族' },
  { code: '05', label: '维吾尔族' },
  { code: '06', label: '苗族' },
  { code: '07', label: '彝族' },
  { code: '08', label: '壮族' },
  { code: '09', label: '布依族' },
  { code: '10', label: '朝鲜族' },
  { code: '11', label: '满族' },
  { code: '12', label: '侗族' },
  { code: '13', label: '瑶族' },
  { code: '14', label: '白族' },
  { code: '15', label: '土家族' },
  { code: '16', label: '哈尼族' },
  { code: '17', label: '哈萨克族' },
  { code: '18', label: '傣族' },
  { code: '19', label: '黎族' },
  { code: '20', label: '傈僳族' },
  { code: '21', label: '佤族' },
  { code: '22', label: '畲族' },
  { code: '23', label: '高山族' },
  { code: '24', label: '拉祜族' },
  { code: '25', label: '水族' },
  { code: '26', label: '东乡族' },
  { code: '27', label: '纳西族' },
  { code: '28', label: '景颇族' },
  { code: '29', label: '柯尔克孜族' },
  { code: '30', label: '土族' },
  { code: '31', label: '达斡尔族' },
  { code: '32', label: '仫佬族' },
  { code: '33', label: '羌族' },
  { code: '34', label: '布朗族' },
  { code: '35', label: '撒拉族' },
  { code: '36', label: '毛南族' },
  { code: '37', label: '仡佬族' },
  { code: '38', label: '锡伯族' },
  { code: '39', label: '阿昌族' },
  { code: '40', label: '普米族' },
  { code: '41', label: '塔吉克族' },
  { code: '42', label: '怒族' },
  { code: '43', label: '乌孜别克族' },
  { code: '44', label: '俄罗斯族' },
  { code: '45', label: '鄂温克族' },
  { code: '46', label: '德昂族' },
  { code: '47', label: '保安族' },
  { code: '48', label: '裕固族' },
  { code: '49', label: '京族' },
  { code: '50', label: '塔塔尔族' },
  { code: '51', label: '独龙族' },
  { code: '52', label: '鄂伦春族' },
  { code: '53', label: '赫哲族' },
  { code: '54', label: '门巴族' },
  { code: '55', label: '珞巴族' },
  { code: '56', label: '基诺族' },
] as const satisfies readonly Ethnicity[]

export const EXTRA_ETHNICITY_CODES = [
  { code: '97', label: '其他' },
  { code: '98', label: '外国血统中国籍人士' },
] as const satisfies readonly Ethnicity[]

/** Everything a form may offer: the 56 groups followed by 97 and 98. */
export const ETHNICITY_OPTIONS = [...ETHNICITIES, ...EXTRA_ETHNICITY_CODES] as const

export type EthnicGroupCode = (typeof ETHNICITIES)[number]['code']
export type EthnicityCode = (typeof ETHNICITY_OPTIONS)[number]['code']

export const HAN_ETHNICITY_CODE = '01' satisfies EthnicGroupCode

export const EthnicityCodeSchema = z.enum(
  ETHNICITY_OPTIONS.map((e) => e.code),
  { error: '请选择民族' },
)

export function ethnicityLabel(code: string): string | undefined {
  return ETHNICITY_OPTIONS.find((e) => e.code === code)?.label
}

/** Looks a code up by its name, with or without the trailing 族 ('蒙古' and '蒙古族' both → '02'). */
export function ethnicityCodeByName(name: string): EthnicityCode | undefined {
  const n = name.trim()
  if (n === '') return undefined
  const hit = ETHNICITY_OPTIONS.find((e) => e.label === n || (e.label.endsWith('族') && e.label.slice(0, -1) === n))
  return hit?.code
}
