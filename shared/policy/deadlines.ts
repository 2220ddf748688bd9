/**
 * Time limits of a legal-aid case, each with its legal basis.
 *
 * Counting (see docs/policy.md):
 * - The national law and the 2023 procedure rules state the periods in 日 (natural days), not
 *   工作日; a center can switch a period to working days with the `deadline.counting` setting if a
 *   local regulation says so.
 * - The start day is not counted (civil code art. 201, by analogy): the last day of a 7-day period
 *   from 2026-03-02 is 2026-03-09.
 * - When the last day falls on a statutory holiday or weekend, the period ends on the first working
 *   day after it (civil code art. 203 by analogy; setting `deadline.holidayExtension`, default
 *   'next-working-day'). Make-up workdays (调休上班日) are working days and are not extended.
 * - Time awaiting supplementary materials is not counted in the review period.
 * - Where the holiday calendar has no data for the year, natural-day periods report the unextended
 *   last day with status 'calendar-no-data' (the earliest possible date, never later than the real
 *   one); working-day periods cannot be computed and report CALENDAR_NO_DATA.
 */
import { addDays, daysBetween, isValidLocalDate, type LocalDate } from '../domain/dates'
import { PERIOD_END_ON_HOLIDAY, PERIOD_START_EXCLUDED } from './citations'
import { CalendarNoDataError, addWorkingDays, dayInfo, hasCalendarYear, nextWorkingDayOnOrAfter } from './calendar'
import { profileFor } from './registry'
import { DEFAULT_HOLIDAY_EXTENSION, EMPTY_SETTINGS, settingOrDefault, type CenterSettings } from './settings'
import {
  fail,
  ok,
  type Citation,
  type PeriodCounting,
  type PolicyProfile,
  type PolicyResult,
  type RegionCode,
  type TimeLimitCode,
  type TimeLimitDef,
} from './types'

export type HolidayExtension = 'next-working-day' | 'none'

export interface PeriodResult {
  /** Last day by plain counting. */
  lastDay: LocalDate
  /** Last day after holiday extension. Equals lastDay when no extension applies. */
  due: LocalDate
  extended: { from: LocalDate; reason: string } | null
  calendarNoData: number | null
}

/**
 * A period of `length` days counted from the day after `start`.
 * Natural days: an uncovered calendar year gives calendarNoData and no extension.
 * Working days: an uncovered year is an error.
 */
export function computePeriod(
  start: LocalDate,
  length: number,
  counting: Exclude<PeriodCounting, 'hours'>,
  extension: HolidayExtension = DEFAULT_HOLIDAY_EXTENSION,
): PolicyResult<PeriodResult> {
  if (!Number.isSafeInteger(length) || length < 0) {
    return fail({ code: 'VALIDATION', message: `期限天数必须是非负整数：${length}` })
  }
  try {
    if (counting === 'working-days') {
      const due = addWorkingDays(start, length)
      return ok({ lastDay: due, due, extended: null, calendarNoData: null })
    }
    const lastDay = addDays(start, length)
    if (extension === 'none') return ok({ lastDay, due: lastDay, extended: null, calendarNoData: null })
    if (!hasCalendarYear(Number(lastDay.slice(0, 4)))) {
      return ok({ lastDay, due: lastDay, extended: null, calendarNoData: Number(lastDay.slice(0, 4)) })
    }
    const due = nextWorkingDayOnOrAfter(lastDay)
    if (due === lastDay) return ok({ lastDay, due, extended: null, calendarNoData: null })
    const info = dayInfo(lastDay)
    const reason =
      info.kind === 'holiday'
        ? `届满日 ${lastDay} 为法定节假日（${info.holidayName ?? '节假日'}），顺延至节假日后的第一个工作日`
        : `届满日 ${lastDay} 为休息日，顺延至其后的第一个工作日`
    return ok({ lastDay, due, extended: { from: lastDay, reason }, calendarNoData: null })
  } catch (e) {
    if (e instanceof CalendarNoDataError) {
      if (counting === 'natural-days') {
        const lastDay = addDays(start, length)
        return ok({ lastDay, due: lastDay, extended: null, calendarNoData: e.year })
      }
      return fail({ code: 'CALENDAR_NO_DATA', message: e.message, year: e.year })
    }
    throw e
  }
}

export interface SupplementRequest {
  requestedOn: LocalDate
  /** null while the materials are still awaited. */
  suppliedOn: LocalDate | null
}

export interface DeadlineInput {
  region: RegionCode
  /** Receipt date of the application (申请) or of the notification (通知辩护/通知代理). */
  receivedOn: LocalDate
  via: 'application' | 'notification'
  supplementRequests?: readonly SupplementRequest[]
  decidedOn?: LocalDate | null
  assignedOn?: LocalDate | null
  /** 'YYYY-MM-DDTHH:mm' (business local time) when the custody organ received a detainee's application. */
  detaineeApplicationReceivedAt?: string | null
  caseClosedOn?: LocalDate | null
}

export type DeadlineStatus = 'running' | 'paused' | 'calendar-no-data'

export interface Deadline {
  code: TimeLimitCode
  label: string
  startsFrom: string
  length: number
  counting: PeriodCounting
  lastDay: string | null
  due: string | null
  extended: { from: LocalDate; reason: string } | null
  pausedDays: number
  status: DeadlineStatus
  completedOn: LocalDate | null
  onTime: boolean | null
  warnings: string[]
  basis: Citation[]
}

function limit(profile: PolicyProfile, code: TimeLimitCode): TimeLimitDef {
  const d = profile.timeLimits.find((t) => t.code === code)
  if (!d) throw new Error(`profile ${profile.id} has no time limit ${code}`)
  return d
}

const DATETIME_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/

function countingFor(
  code: TimeLimitCode,
  def: TimeLimitDef,
  settings: CenterSettings,
  region: RegionCode,
  on: LocalDate,
): { counting: Exclude<PeriodCounting, 'hours'>; basis: Citation[] } {
  const override = settingOrDefault(settings, region, 'deadline.counting', on, {})
  const chosen = override.value[code]
  if (chosen && !override.isDefault) {
    return { counting: chosen, basis: [{ doc: override.source, clause: `期限计算方式（${chosen === 'working-days' ? '工作日' : '自然日'}）` }] }
  }
  return { counting: def.counting === 'hours' ? 'natural-days' : def.counting, basis: [] }
}

function period(
  profile: PolicyProfile,
  settings: CenterSettings,
  on: LocalDate,
  code: TimeLimitCode,
  start: LocalDate,
  opts: { pausedDays?: number; length?: number; completedOn?: LocalDate | null; lengthBasis?: Citation[] } = {},
): PolicyResult<Deadline> {
  const def = limit(profile, code)
  const ext = settingOrDefault(settings, profile.region, 'deadline.holidayExtension', on, DEFAULT_HOLIDAY_EXTENSION)
  const { counting, basis: countingBasis } = countingFor(code, def, settings, profile.region, on)
  const length = (opts.length ?? def.length) + (opts.pausedDays ?? 0)
  const r = computePeriod(start, length, counting, ext.value)
  if (!r.ok) return r
  const warnings: string[] = []
  if (r.value.calendarNoData !== null) {
    warnings.push(`节假日日历缺少 ${r.value.calendarNoData} 年数据：未按节假日顺延，显示的是最早届满日，实际届满日可能更晚`)
  }
  if (ext.isDefault && counting === 'natural-days') warnings.push('届满日遇节假日顺延：使用系统默认规则（可在设置中修改）')
  const basis: Citation[] = [...def.citations, ...countingBasis, ...(opts.lengthBasis ?? [])]
  if (counting === 'natural-days') basis.push(PERIOD_START_EXCLUDED)
  if (ext.value === 'next-working-day' && !basis.some((c) => c.clause === PERIOD_END_ON_HOLIDAY.clause)) basis.push(PERIOD_END_ON_HOLIDAY)
  const completedOn = opts.completedOn ?? null
  return ok({
    code,
    label: def.label,
    startsFrom: start,
    length,
    counting,
    lastDay: r.value.lastDay,
    due: r.value.due,
    extended: r.value.extended,
    pausedDays: opts.pausedDays ?? 0,
    status: r.value.calendarNoData !== null ? 'calendar-no-data' : 'running',
    completedOn,
    onTime: completedOn === null ? null : completedOn <= r.value.due,
    warnings,
    basis,
  })
}

/** Days not counted in the review period because supplementary materials were awaited. */
export function pausedDaysOf(requests: readonly SupplementRequest[]): { days: number; open: boolean } {
  let days = 0
  let open = false
  for (const r of requests) {
    if (r.suppliedOn === null) open = true
    else days += Math.max(0, daysBetween(r.requestedOn, r.suppliedOn))
  }
  return { days, open }
}

export interface DeadlinesResult {
  profileId: string
  deadlines: Deadline[]
}

export function computeDeadlines(input: DeadlineInput, settings: CenterSettings = EMPTY_SETTINGS): PolicyResult<DeadlinesResult> {
  const pr = profileFor(input.region, input.receivedOn, settings)
  if (!pr.ok) return pr
  const profile = pr.value
  const on = input.receivedOn
  const out: Deadline[] = []
  const push = (r: PolicyResult<Deadline>): PolicyResult<never> | null => {
    if (!r.ok) return r
    out.push(r.value)
    return null
  }

  for (const [i, r] of (input.supplementRequests ?? []).entries()) {
    if (r.requestedOn < input.receivedOn) {
      return fail({ code: 'VALIDATION', message: '补充材料通知日期不能早于收到申请日期', path: ['supplementRequests', i, 'requestedOn'] })
    }
    if (r.suppliedOn !== null && r.suppliedOn < r.requestedOn) {
      return fail({ code: 'VALIDATION', message: '收到补充材料日期不能早于发出通知日期', path: ['supplementRequests', i, 'suppliedOn'] })
    }
  }

  if (input.via === 'application') {
    const pause = pausedDaysOf(input.supplementRequests ?? [])
    const r = period(profile, settings, on, 'decision', input.receivedOn, {
      pausedDays: pause.days,
      completedOn: input.decidedOn ?? null,
    })
    if (!r.ok) return r
    if (pause.open) {
      const pauseDef = limit(profile, 'supplement-pause')
      out.push({
        ...r.value,
        lastDay: null,
        due: null,
        extended: null,
        status: 'paused',
        onTime: null,
        warnings: ['正在等待申请人补充材料，审查期限暂停计算；收到材料后恢复'],
        basis: [...r.value.basis, ...pauseDef.citations],
      })
    } else {
      if (pause.days > 0) r.value.basis.push(...limit(profile, 'supplement-pause').citations)
      out.push(r.value)
    }
    if (input.decidedOn) {
      const e = push(period(profile, settings, on, 'assignment-after-decision', input.decidedOn, { completedOn: input.assignedOn ?? null }))
      if (e) return e
    }
  } else {
    const e = push(period(profile, settings, on, 'assignment-after-notification', input.receivedOn, { completedOn: input.assignedOn ?? null }))
    if (e) return e
  }

  if (input.detaineeApplicationReceivedAt) {
    const m = DATETIME_RE.exec(input.detaineeApplicationReceivedAt)
    const day = m?.[1]
    if (!m || !day || !isValidLocalDate(day) || Number(m[2]) > 23 || Number(m[3]) > 59) {
      return fail({ code: 'VALIDATION', message: '转交申请时间格式应为 YYYY-MM-DDTHH:mm', path: ['detaineeApplicationReceivedAt'] })
    }
    const def = limit(profile, 'detainee-forwarding')
    const due = `${addDays(day, 1)}T${m[2]}:${m[3]}`
    out.push({
      code: 'detainee-forwarding',
      label: def.label,
      startsFrom: input.detaineeApplicationReceivedAt,
      length: def.length,
      counting: 'hours',
      lastDay: due,
      due,
      extended: null,
      pausedDays: 0,
      status: 'running',
      completedOn: null,
      onTime: null,
      warnings: ['以小时计算的期限不因节假日顺延'],
      basis: [...def.citations],
    })
  }

  if (input.assignedOn) {
    const e = push(period(profile, settings, on, 'agreement-signing', input.assignedOn))
    if (e) return e
  }

  if (input.caseClosedOn) {
    const days = settingOrDefault(settings, profile.region, 'deadline.closingMaterialsDays', on, limit(profile, 'closing-materials').length)
    const e = push(
      period(profile, settings, on, 'closing-materials', input.caseClosedOn, {
        length: days.value,
        lengthBasis: days.isDefault ? [] : [{ doc: days.source, clause: `提交结案材料期限 ${days.value} 日` }],
      }),
    )
    if (e) return e
  }

  return ok({ profileId: profile.id, deadlines: out })
}
