/**
 * 居民身份证号码 (citizen identification number, GB 11643-1999), 18 characters:
 *
 *   RRRRRR YYYYMMDD SSS C
 *   region  birth   seq check
 *
 * - RRRRRR: administrative division code (GB/T 2260) of the place of first registration.
 *   Only the province part (first two digits) is checked; county codes change over time and an
 *   old code stays valid on old cards.
 * - YYYYMMDD: date of birth; must be a real calendar date from 1900 on and, when a `today` is
 *   given, not after it.
 * - SSS: sequence; odd for men, even for women.
 * - C: ISO 7064 MOD 11-2 check character over the first 17 digits.
 *
 * Input is forgiving of how clerks type: full-width digits, spaces and a lowercase x are
 * accepted and normalised (the x becomes X). First-generation 15-digit numbers are rejected
 * (they stopped being valid in 2013).
 */
import { isValidLocalDate, type LocalDate } from './dates'
import type { Gender } from './enums'
import { toHalfWidth } from './text'

/** Weights for positions 1..17 (2^(18-i) mod 11). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const

/** Check character indexed by (weighted sum mod 11). */
const CHECK_CHARS = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'] as const

/**
 * Province-level codes (first two digits) of GB/T 2260: 31 mainland provinces, 71 台湾,
 * 81 香港, 82 澳门, plus 83, which with 81 and 82 prefixes the 港澳台居民居住证 numbers that
 * share this format and check character.
 */
export const PROVINCE_CODES: ReadonlyMap<string, string> = new Map([
  ['11', '北京市'],
  ['12', '天津市'],
  ['13', '河北省'],
  ['14', '山西省'],
  ['15', '内蒙古自治区'],
  ['21', '辽宁省'],
  ['22', '吉林省'],
  ['23', '黑龙江省'],
  ['31', '上海市'],
  ['32', '江苏省'],
  ['33', '浙江省'],
  ['34', '安徽省'],
  ['35', '福建省'],
  ['36', '江西省'],
  ['37', '山东省'],
  ['41', '河南省'],
  ['42', '湖北省'],
  ['43', '湖南省'],
  ['44', '广东省'],
  ['45', '广西壮族自治区'],
  ['46', '海南省'],
  ['50', '重庆市'],
  ['51', '四川省'],
  ['52', '贵州省'],
  ['53', '云南省'],
  ['54', '西藏自治区'],
  ['61', '陕西省'],
  ['62', '甘肃省'],
  ['63', '青海省'],
  ['64', '宁夏回族自治区'],
  ['65', '新疆维吾尔自治区'],
  ['71', '台湾省'],
  ['81', '香港特别行政区'],
  ['82', '澳门特别行政区'],
  ['83', '台湾地区（居住证）'],
])

export type IdCardErrorCode = 'empty' | 'length' | 'format' | 'region' | 'birth-date' | 'future-birth-date' | 'check-digit'

export interface ResidentIdInfo {
  /** The normalised 18-character number (half-width, no spaces, uppercase X). */
  readonly idNumber: string
  /** The 6-digit region code. */
  readonly regionCode: string
  /** The province name for the first two digits. */
  readonly province: string
  readonly birthDate: LocalDate
  readonly gender: Gender
}

export type IdCardResult =
  | { readonly ok: true; readonly value: ResidentIdInfo }
  | { readonly ok: false; readonly code: IdCardErrorCode; readonly reason: string }

/** Half-width, whitespace removed, x → X. Does not validate. */
export function normalizeIdNumber(input: string): string {
  return toHalfWidth(input).replace(/\s+/gu, '').toUpperCase()
}

/**
 * The check character for the first 17 digits of a number. Throws a RangeError if `first17`
 * is not exactly 17 ASCII digits (a programming error, not user input).
 */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`需要17位数字：${first17}`)
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0)
  return CHECK_CHARS[sum % 11] ?? '?'
}

export interface ValidateResidentIdOptions {
  /**
   * The business date of "today" (injected; see dates.ts `today(clock)`). When given, a birth
   * date after it is rejected. When omitted that check is skipped, which is what the static
   * intake schemas do; the service repeats the check with the real date.
   */
  readonly today?: LocalDate
}

function fail(code: IdCardErrorCode, reason: string): IdCardResult {
  return { ok: false, code, reason }
}

/**
 * Validates an 18-character resident ID number and derives the birth date and gender.
 * Checks run in this order and the first failure is reported: empty, length, characters,
 * province, birth date, future birth date, check character.
 */
export function validateResidentId(input: string, options: ValidateResidentIdOptions = {}): IdCardResult {
  const id = normalizeIdNumber(input)
  if (id === '') return fail('empty', '身份证号码不能为空')
  if (id.length !== 18) {
    const old = id.length === 15 ? '（15位旧号码已停用，请填写18位号码）' : `，当前为${id.length}位`
    return fail('length', `长度应为18位${old}`)
  }
  if (!/^\d{17}[\dX]$/.test(id)) return fail('format', '只能由数字组成，最后一位可以是X')

  const provinceCode = id.slice(0, 2)
  const province = PROVINCE_CODES.get(provinceCode)
  if (province === undefined) return fail('region', `地区代码无效（前两位 ${provinceCode} 不是省级行政区划代码）`)

  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
  if (!isValidLocalDate(birth)) return fail('birth-date', '出生日期无效')
  if (options.today !== undefined && birth > options.today) return fail('future-birth-date', '出生日期晚于今天')

  const expected = residentIdCheckChar(id.slice(0, 17))
  if (id[17] !== expected) return fail('check-digit', `校验位错误，应为 ${expected}`)

  const gender: Gender = Number(id[16]) % 2 === 1 ? 'male' : 'female'
  return { ok: true, value: { idNumber: id, regionCode: id.slice(0, 6), province, birthDate: birth, gender } }
}

/** Convenience predicate over `validateResidentId`. */
export function isValidResidentId(input: string, options: ValidateResidentIdOptions = {}): boolean {
  return validateResidentId(input, options).ok
}

/**
 * Masks an ID number for lists, exports and screens where the full number is not needed.
 *
 * Choice: keep the first 4 and the last 4 characters. For an 18-character resident ID that
 * shows province and prefecture (enough to tell where the card was issued) and the last three
 * sequence digits plus the check character (enough for a clerk to match a card in hand), while
 * hiding the county and, above all, the whole birth date: 1501**********123X.
 * Other lengths (passports, permits) keep at most the first 2 and last 2, and only when at least
 * half the characters stay hidden; anything of 4 characters or fewer is masked completely.
 * The mask always has as many characters as the input, so column widths do not leak less.
 */
export function maskIdNumber(input: string): string {
  const id = normalizeIdNumber(input)
  const n = id.length
  if (n === 18) return `${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(14)}`
  if (n <= 4) return '*'.repeat(n)
  const keep = n >= 8 ? 2 : 1
  return `${id.slice(0, keep)}${'*'.repeat(n - 2 * keep)}${id.slice(n - keep)}`
}
