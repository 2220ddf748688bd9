/**
 * The zod field helpers of every input schema (intake, workflow, documents, backups,
 * statistics, the policy engine's CLI input…): one vocabulary, one place for the Chinese
 * messages. Each helper takes the field's Chinese label and words its messages around it.
 *
 * Conventions: strings are trimmed and capped; optional text left blank ('' or spaces) comes
 * out as `undefined`; objects are strict (unknown keys are an error, not silently dropped).
 * Where two screens have always used different wordings, the helper takes an option that
 * picks the wording; it never rephrases a message a test or a user already sees.
 */
import { z } from 'zod'
import { isValidLocalDate } from './domain/dates'
import { isValidPhone, normalizePhone } from './domain/phone'

// ---------------------------------------------------------------------------------------
// Objects

/** z.strictObject with a Chinese message for unknown keys. */
export function strict<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `包含不允许的字段：${iss.keys.join('、')}`
        : iss.code === 'invalid_type'
          ? '数据格式不正确，应为对象'
          : undefined,
  })
}

// ---------------------------------------------------------------------------------------
// Text

/** Required text: trimmed, 1..max characters. */
export function requiredText(label: string, max: number) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `${label}不能为空`)
    .max(max, `${label}不能超过${max}个字`)
}

/** Optional text: trimmed, ≤ max characters; blank becomes undefined. */
export function optionalText(label: string, max: number) {
  return z
    .string({ error: `${label}应为文字` })
    .trim()
    .max(max, `${label}不能超过${max}个字`)
    .optional()
    .transform((v) => (v === '' ? undefined : v))
}

/** A list of required texts: capped, de-duplicated (order of first appearance kept). */
export function textList(label: string, itemMax: number, max: number, min = 0) {
  return z
    .array(requiredText(label, itemMax), { error: `${label}应为列表` })
    .min(min, `请至少填写${min}项${label}`)
    .max(max, `${label}最多${max}项`)
    .transform((v) => [...new Set(v)])
}

/** The id of a stored record (案件编号, 律师…): required, ≤ max characters. */
export function recordId(label: string, max = 64) {
  return z.string({ error: `缺少${label}` }).trim().min(1, `缺少${label}`).max(max, `${label}过长`)
}

// ---------------------------------------------------------------------------------------
// Dates

const dateHint = (label: string) => `${label}应为有效日期，格式 YYYY-MM-DD`

export interface DateOptions {
  /** Verb of the "missing" message: 请填写… for typed dates (default), 请选择… for picked ones (statistics). */
  ask?: '填写' | '选择'
  /**
   * Refuse text longer than a date before looking at it (default true). The document inputs
   * were never capped: with the cap an over-long value reports the date message twice, so
   * they keep `capped: false` and report it once.
   */
  capped?: boolean
}

const dateText = (error: string, label: string, capped: boolean) => {
  const s = z.string({ error }).trim()
  return capped ? s.max(10, dateHint(label)) : s
}

/** A business date 'YYYY-MM-DD' (dates.ts rules: a real calendar day, years 1900-2999). */
export function localDate(label: string, { ask = '填写', capped = true }: DateOptions = {}) {
  return dateText(`请${ask}${label}`, label, capped)
    .refine((v) => isValidLocalDate(v), dateHint(label))
}

/** An optional business date; blank becomes undefined. */
export function optionalLocalDate(label: string, { capped = true }: Pick<DateOptions, 'capped'> = {}) {
  return dateText(dateHint(label), label, capped)
    .refine((v) => v === '' || isValidLocalDate(v), dateHint(label))
    .optional()
    .transform((v) => (v === '' || v === undefined ? undefined : v))
}

/**
 * A date in machine input (the policy CLI's JSON): exact 'YYYY-MM-DD', not trimmed, and
 * without a field label (the CLI prefixes the path to every message).
 */
export const isoDate = z
  .string({ error: '日期应为 YYYY-MM-DD 格式的字符串' })
  .refine(isValidLocalDate, { message: '日期无效，应为 YYYY-MM-DD 格式的真实日期' })

// ---------------------------------------------------------------------------------------
// Phone numbers (normalised: half-width, no spaces; mobile or landline with area code)

const PHONE_MAX = 30

/**
 * How a bad phone number is explained: 'intake' (forms; default) gives an example, 'roster'
 * (the lawyer sheet import, one line per bad cell) is shorter and says only 格式不正确 for an
 * over-long cell.
 */
const PHONE_WORDINGS = {
  intake: { hint: '请填写11位手机号码，或带区号的固定电话（如 0771-5551234）', hintWhenTooLong: true },
  roster: { hint: '请填写11位手机号码或带区号的固定电话', hintWhenTooLong: false },
} as const

const phoneTooLong = (label: string, w: (typeof PHONE_WORDINGS)[keyof typeof PHONE_WORDINGS]) =>
  w.hintWhenTooLong ? `${label}格式不正确，${w.hint}` : `${label}格式不正确`

export function requiredPhone(label: string) {
  const w = PHONE_WORDINGS.intake
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `${label}不能为空`)
    .max(PHONE_MAX, phoneTooLong(label, w))
    .transform(normalizePhone)
    .refine(isValidPhone, `${label}格式不正确，${w.hint}`)
}

/** An optional phone number; blank becomes undefined. */
export function optionalPhone(label: string, wording: keyof typeof PHONE_WORDINGS = 'intake') {
  const w = PHONE_WORDINGS[wording]
  return z
    .string({ error: `${label}格式不正确` })
    .trim()
    .max(PHONE_MAX, phoneTooLong(label, w))
    .optional()
    .transform((v) => (v === '' || v === undefined ? undefined : normalizePhone(v)))
    .refine((v) => v === undefined || isValidPhone(v), `${label}格式不正确，${w.hint}`)
}

// ---------------------------------------------------------------------------------------
// Money (integer fen)

/**
 * The wordings of the type and whole-number messages of an amount in fen:
 * - 'value': stored values (policy settings, subsidies): 月收入应为整数（单位：分）;
 * - 'entry': amounts typed on a printed document's form: 请填写月收入（以分为单位的整数）;
 * - 'engine': the policy engine's input: 金额必须是整数分，不能有小数.
 */
const FEN_WORDINGS = {
  value: { type: (l: string) => `${l}应为整数（单位：分）`, int: (l: string) => `${l}须为整数分` },
  entry: { type: (l: string) => `请填写${l}（以分为单位的整数）`, int: (l: string) => `${l}应以分为单位，填写整数` },
  engine: { type: (l: string) => `${l}应为整数（单位：分）`, int: (l: string) => `${l}必须是整数分，不能有小数` },
} as const

export interface FenOptions {
  /** Upper bound in fen; default Number.MAX_SAFE_INTEGER. */
  max?: number
  /** See FEN_WORDINGS; default 'value'. */
  wording?: keyof typeof FEN_WORDINGS
  /** Said after "过大" when the amount is above `max`, e.g. '，请核对'; default nothing. */
  tooBigHint?: string
}

/** An amount in integer fen, 0..max. */
export function fen(label: string, { max = Number.MAX_SAFE_INTEGER, wording = 'value', tooBigHint = '' }: FenOptions = {}) {
  const w = FEN_WORDINGS[wording]
  return z
    .number({ error: w.type(label) })
    .int(w.int(label))
    .min(0, `${label}不能为负数`)
    .max(max, `${label}过大${tooBigHint}`)
}

// ---------------------------------------------------------------------------------------
// Choices

/** A yes/no answer. */
export function bool(label: string) {
  return z.boolean({ error: `${label}应为是或否` })
}

/** One of a closed list of codes, the message listing them: 地区代码（region）无效，应为以下之一：… */
export function choice<const T extends readonly string[]>(label: string, values: T) {
  return z.enum(values, { error: `${label}无效，应为以下之一：${values.join('、')}` })
}

/** An array of codes, capped and de-duplicated (order of first appearance kept). */
export function codeSet<T extends string>(item: z.ZodType<T>, label: string, max: number) {
  return z
    .array(item, { error: `${label}应为列表` })
    .max(max, `${label}最多${max}项`)
    .transform((v) => [...new Set(v)])
}

// ---------------------------------------------------------------------------------------
// File paths (cross IPC as strings; checked for shape only, existence is the service's business)

export const PATH_MAX = 1024

/** POSIX `/…`, Windows `C:\…` or `C:/…`, or a UNC share `\\server\share\…`. */
export function isAbsolutePathText(value: string): boolean {
  return value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value) || /^\\\\[^\\/]+[\\/][^\\/]+/.test(value)
}

/** An absolute file or folder path as typed or picked in a dialog. */
export function absolutePath(label: string) {
  return z
    .string({ error: `请选择${label}` })
    .trim()
    .min(1, `请选择${label}`)
    .max(PATH_MAX, `${label}路径过长（不能超过${PATH_MAX}个字符），请选择路径较短的位置`)
    .refine((v) => ![...v].some((ch) => ch.charCodeAt(0) < 0x20), `${label}路径包含无效字符`)
    .refine(isAbsolutePathText, `${label}应为完整路径（如 D:\\法援备份 或 /media/usb/法援备份），请通过「浏览」选择`)
}

/** A person's name as written on a record (50 characters at most). */
export const personName = (label: string) => requiredText(label, 50)

/** The input of a channel that takes none. */
export const Empty = strict({})
