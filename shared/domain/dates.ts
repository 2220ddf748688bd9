/**
 * Business dates are local calendar dates in the center's time zone (Asia/Shanghai), carried
 * everywhere as 'YYYY-MM-DD' strings. Instants are epoch milliseconds (UTC). All date
 * arithmetic lives here so there is one definition of "a day".
 */

export type LocalDate = string & { readonly __brand: 'LocalDate' }

/** A source of "now", injected so that tests are fixed in time. */
export interface Clock {
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

export const fixedClock = (epochMs: number): Clock => ({ now: () => epochMs })

const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

const BUSINESS_OFFSET_MS = 8 * 60 * 60 * 1000 // Asia/Shanghai has no DST since 1991.

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function isValidLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false
  const m = LOCAL_DATE_RE.exec(value)
  if (!m) return false
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  return y >= 1900 && y <= 2999 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)
}

export function parseLocalDate(value: string): LocalDate {
  if (!isValidLocalDate(value)) throw new RangeError(`不是有效日期（应为 YYYY-MM-DD）：${value}`)
  return value
}

/** Days since 1970-01-01 for a local date (calendar arithmetic, no time zone involved). */
export function toDayNumber(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000)
}

export function fromDayNumber(day: number): LocalDate {
  const dt = new Date(day * 86_400_000)
  const y = dt.getUTCFullYear()
  const m = dt.getUTCMonth() + 1
  const d = dt.getUTCDate()
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as LocalDate
}

export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`天数必须是整数：${days}`)
  return fromDayNumber(toDayNumber(date) + days)
}

/** b - a in days. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return toDayNumber(b) - toDayNumber(a)
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return (toDayNumber(date) + 4) % 7 // 1970-01-01 was a Thursday
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4))
}

/** The business-local date of an instant. */
export function localDateOf(epochMs: number): LocalDate {
  return fromDayNumber(Math.floor((epochMs + BUSINESS_OFFSET_MS) / 86_400_000))
}

export function today(clock: Clock = systemClock): LocalDate {
  return localDateOf(clock.now())
}

/** Age in whole years on a given date (a birthday on 29 Feb counts from 1 Mar in common years). */
export function ageOn(birthDate: LocalDate, on: LocalDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number]
  const [y, m, d] = on.split('-').map(Number) as [number, number, number]
  let age = y - by
  if (m < bm || (m === bm && d < bd)) age -= 1
  return age
}

/** 2026-03-09 → 2026年3月9日 (for documents and screens). */
export function formatChineseDate(date: LocalDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return `${y}年${m}月${d}日`
}
