/**
 * Mainland phone numbers as clerks type them: mobiles (1[3-9] + 9 digits) and landlines with
 * their area code (0 + 2-3 digits, then 7-8 digits, optionally an extension).
 */
import { toHalfWidth } from './text'

const MOBILE_RE = /^1[3-9]\d{9}$/
const LANDLINE_RE = /^0\d{2,3}-\d{7,8}(?:-\d{1,6})?$/

/**
 * Canonical form: half-width, no spaces; mobiles as 11 bare digits (a +86 / 0086 prefix is
 * dropped); landlines as `area-number[-ext]` ('(0771)5551234' and '07715551234' both become
 * '0771-5551234'). Returns the cleaned input unchanged in shape when it is neither.
 */
export function normalizePhone(input: string): string {
  let s = toHalfWidth(input).replace(/[\s\u2014\u2013\u2212]/gu, (c) => (/\s/u.test(c) ? '' : '-'))
  s = s.replace(/^(?:\+86|0086)-?(?=1\d{10}$)/, '')
  const paren = /^\((0\d{2,3})\)-?(.*)$/.exec(s)
  if (paren) s = `${paren[1]}-${paren[2]}`
  if (MOBILE_RE.test(s) || LANDLINE_RE.test(s)) return s
  // Landline typed without the hyphen: 3-digit area codes are 010 and 02X; the rest have 4.
  const bare = /^(0(?:10|2\d|[3-9]\d{2}))(\d{7,8})$/.exec(s)
  if (bare) return `${bare[1]}-${bare[2]}`
  return s
}

export function isMobilePhone(input: string): boolean {
  return MOBILE_RE.test(normalizePhone(input))
}

/** True for a mainland mobile or a landline with area code (after `normalizePhone`). */
export function isValidPhone(input: string): boolean {
  const s = normalizePhone(input)
  return MOBILE_RE.test(s) || LANDLINE_RE.test(s)
}
