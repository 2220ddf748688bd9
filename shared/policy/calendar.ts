/**
 * Working-day calendar for Chinese statutory holidays and make-up workdays (调休).
 *
 * Data comes from the `chinese-days` package's published JSON (holidays, make-up workdays).
 * We read the data map directly instead of calling the package's date functions: those parse
 * 'YYYY-MM-DD' strings through the host time zone, which shifts dates by one day on machines
 * west of UTC. Here every lookup is a plain string key, so results do not depend on the host.
 *
 * A year is "covered" only if the data contains at least one statutory holiday in it (every
 * year has 元旦). For an uncovered year we never guess: callers get CALENDAR_NO_DATA.
 */
import calendarData from 'chinese-days/dist/chinese-days.json'
import { addDays, dayOfWeek, yearOf, type LocalDate } from '../domain/dates'

interface CalendarMaps {
  holidays: Readonly<Record<string, string>>
  workdays: Readonly<Record<string, string>>
}

const data = calendarData as unknown as CalendarMaps

const coveredYears: ReadonlySet<number> = (() => {
  const years = new Set<number>()
  for (const key of Object.keys(data.holidays)) years.add(Number(key.slice(0, 4)))
  return years
})()

export class CalendarNoDataError extends Error {
  readonly code = 'CALENDAR_NO_DATA' as const
  constructor(readonly year: number) {
    super(`节假日日历缺少 ${year} 年数据（chinese-days 目前覆盖 ${describeCoverage()}），无法按工作日或节假日顺延计算期限`)
  }
}

export function calendarCoverage(): { firstYear: number; lastYear: number; years: number[] } {
  const years = [...coveredYears].sort((a, b) => a - b)
  return { firstYear: years[0] ?? 0, lastYear: years[years.length - 1] ?? 0, years }
}

function describeCoverage(): string {
  const c = calendarCoverage()
  return `${c.firstYear}—${c.lastYear} 年`
}

export function hasCalendarYear(year: number): boolean {
  return coveredYears.has(year)
}

function requireYear(date: LocalDate): void {
  const y = yearOf(date)
  if (!coveredYears.has(y)) throw new CalendarNoDataError(y)
}

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday'

export interface DayInfo {
  date: LocalDate
  kind: DayKind
  working: boolean
  /** Chinese holiday name for holidays and make-up workdays, e.g. 国庆节. */
  holidayName: string | null
}

function holidayNameOf(raw: string | undefined): string | null {
  if (!raw) return null
  // Data format: "National Day,国庆节,3"
  const parts = raw.split(',')
  return parts[1] ?? parts[0] ?? null
}

/** Throws CalendarNoDataError when the year is not in the calendar data. */
export function dayInfo(date: LocalDate): DayInfo {
  requireYear(date)
  const makeup = data.workdays[date]
  if (makeup !== undefined) return { date, kind: 'makeup-workday', working: true, holidayName: holidayNameOf(makeup) }
  const holiday = data.holidays[date]
  if (holiday !== undefined) return { date, kind: 'holiday', working: false, holidayName: holidayNameOf(holiday) }
  const dow = dayOfWeek(date)
  if (dow === 0 || dow === 6) return { date, kind: 'weekend', working: false, holidayName: null }
  return { date, kind: 'workday', working: true, holidayName: null }
}

export function isWorkingDay(date: LocalDate): boolean {
  return dayInfo(date).working
}

/** The date itself if it is a working day, otherwise the first working day after it. */
export function nextWorkingDayOnOrAfter(date: LocalDate): LocalDate {
  let d = date
  // Longest run of non-working days in Chinese practice is 9 (2026 春节); 60 is a safe bound.
  for (let i = 0; i < 60; i++) {
    if (isWorkingDay(d)) return d
    d = addDays(d, 1)
  }
  throw new Error(`60 天内没有工作日：${date}`)
}

/**
 * The n-th working day after `start` (start itself is not counted, as in 期间开始之日不计算在内).
 * n = 0 returns start unchanged.
 */
export function addWorkingDays(start: LocalDate, n: number): LocalDate {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`工作日数必须是非负整数：${n}`)
  let d = start
  let left = n
  while (left > 0) {
    d = addDays(d, 1)
    if (isWorkingDay(d)) left -= 1
  }
  return d
}

/** Working days in the closed interval [from, to]. */
export function countWorkingDays(from: LocalDate, to: LocalDate): number {
  let count = 0
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) count += 1
  return count
}
