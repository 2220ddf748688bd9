/**
 * Duty lawyers' monthly statement (值班律师月度统计): which served shifts count as working days
 * on the holiday calendar (statutory holidays and make-up workdays, 调休, included).
 *
 * The regional standard is a subsidy "per working day" (内政发〔2023〕7号 二（二）: 每个工作日
 * 200—500元). A served shift on a date the calendar marks as a working day counts as one day; a
 * served shift on a weekend or statutory holiday is listed but not counted (reported so the
 * center can decide). A make-up Saturday (e.g. 2026-10-10) is a working day and counts. One
 * lawyer has at most one shift a day (DB constraint), so days = shifts that count.
 */
import { addDays, type LocalDate } from '../domain/dates'
import { CalendarNoDataError, dayInfo, type DayKind } from '../policy/calendar'

export interface MonthRange {
  from: LocalDate
  to: LocalDate
}

export function monthRangeOf(period: string): MonthRange {
  const y = Number(period.slice(0, 4))
  const m = Number(period.slice(5, 7))
  const from = `${period}-01` as LocalDate
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
  return { from, to: addDays(next as LocalDate, -1) }
}

export interface DutyDayLine {
  date: LocalDate
  kind: DayKind
  holidayName: string | null
  counted: boolean
}

export interface DutyMonthSummary {
  period: string
  /** Working days of the month on the calendar (make-up workdays included, holidays excluded). */
  calendarWorkingDays: number
  calendarHolidays: number
  makeupWorkdays: number
  servedDays: DutyDayLine[]
  /** Served days that are working days: what the per-working-day subsidy multiplies. */
  countedDays: number
  restDaysServed: number
}

/** Throws CalendarNoDataError for a year the calendar does not cover. */
export function summariseDutyMonth(period: string, servedDates: readonly LocalDate[]): DutyMonthSummary {
  const { from, to } = monthRangeOf(period)
  let working = 0
  let holidays = 0
  let makeup = 0
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const info = dayInfo(d)
    if (info.working) working += 1
    if (info.kind === 'holiday') holidays += 1
    if (info.kind === 'makeup-workday') makeup += 1
  }
  const unique = [...new Set(servedDates)].filter((d) => d >= from && d <= to).sort()
  const servedDays = unique.map((date) => {
    const info = dayInfo(date)
    return { date, kind: info.kind, holidayName: info.holidayName, counted: info.working }
  })
  const countedDays = servedDays.filter((d) => d.counted).length
  return { period, calendarWorkingDays: working, calendarHolidays: holidays, makeupWorkdays: makeup, servedDays, countedDays, restDaysServed: servedDays.length - countedDays }
}

export { CalendarNoDataError }
