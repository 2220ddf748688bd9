import { describe, expect, it } from 'vitest'
import type { LocalDate } from '../../../shared/domain/dates'
import { closingChecklist, formatArchiveNumber, missingChecklistItems } from '../../../shared/handling/closing'
import { monthRangeOf, summariseDutyMonth } from '../../../shared/duty/duty'
import { DEFAULT_RUBRIC, checkRubric, gradeForScore, scoreReview } from '../../../shared/quality/quality'
import { countWorkingDays, dayInfo } from '../../../shared/policy'

describe('quality rubric', () => {
  it('the default rubric adds up to 100 and its thresholds descend', () => {
    expect(DEFAULT_RUBRIC.items.reduce((s, i) => s + i.maxPoints, 0)).toBe(100)
    expect(checkRubric(DEFAULT_RUBRIC.items, DEFAULT_RUBRIC.thresholds)).toEqual([])
    expect(DEFAULT_RUBRIC.isDefault).toBe(true)
  })

  it('grades at the thresholds inclusive', () => {
    const t = { excellent: 90, good: 80, pass: 60 }
    expect([100, 90, 89, 80, 79, 60, 59, 0].map((n) => gradeForScore(n, t))).toEqual(['excellent', 'excellent', 'good', 'good', 'pass', 'pass', 'fail', 'fail'])
  })

  it('refuses missing, out-of-range and unknown scores, with the item named', () => {
    const r = scoreReview(DEFAULT_RUBRIC, { 'file-complete': 21, procedure: 10, unknown: 3 })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      const msgs = r.problems.map((p) => p.message).join('\n')
      expect(msgs).toContain('0—20')
      expect(msgs).toContain('unknown')
      expect(msgs).toContain('法律文书')
    }
    const good = scoreReview(DEFAULT_RUBRIC, Object.fromEntries(DEFAULT_RUBRIC.items.map((i) => [i.code, i.maxPoints - 1])))
    expect(good.ok && good.value.score).toBe(100 - DEFAULT_RUBRIC.items.length)
  })

  it('refuses a configured rubric that does not add up to 100 or whose thresholds do not descend', () => {
    expect(checkRubric([{ code: 'a', label: 'A', maxPoints: 60 }], { excellent: 90, good: 80, pass: 60 })[0]!.message).toContain('100')
    expect(checkRubric([{ code: 'a', label: 'A', maxPoints: 100 }], { excellent: 80, good: 80, pass: 60 })[0]!.path).toEqual(['thresholds'])
  })
})

describe('closing checklist', () => {
  it('requires meeting and file-reading records for criminal cases only, and the outcome document unless other', () => {
    const crim = closingChecklist('criminal', 'judgment')
    const civ = closingChecklist('civil', 'mediation')
    expect(crim.find((i) => i.code === 'meeting-records')!.required).toBe(true)
    expect(civ.find((i) => i.code === 'meeting-records')!.required).toBe(false)
    expect(civ.find((i) => i.code === 'outcome-document')!.label).toBe('调解书')
    expect(closingChecklist('civil', 'other').find((i) => i.code === 'outcome-document')!.required).toBe(false)
    expect(closingChecklist('civil', 'non-litigation').find((i) => i.code === 'pleading')!.required).toBe(false)
    const missing = missingChecklistItems(crim, [{ code: 'closing-report', done: true }, { code: 'agreement', done: false }])
    expect(missing.map((m) => m.code)).toContain('agreement')
    expect(missing.map((m) => m.code)).not.toContain('closing-report')
  })

  it('formats archive numbers with four digits', () => {
    expect(formatArchiveNumber(2026, 1)).toBe('2026-归-0001')
    expect(formatArchiveNumber(2026, 12345)).toBe('2026-归-12345')
  })
})

describe('duty month summary', () => {
  it('counts served days that are working days on the calendar, make-up days included', () => {
    const served = ['2026-02-13', '2026-02-14', '2026-02-17', '2026-02-28', '2026-02-13'] as LocalDate[]
    const s = summariseDutyMonth('2026-02', served)
    expect(s.servedDays).toHaveLength(4) // duplicate date counted once
    expect(s.countedDays).toBe(served.filter((d, i) => served.indexOf(d) === i && dayInfo(d).working).length)
    expect(s.calendarWorkingDays).toBe(countWorkingDays('2026-02-01' as LocalDate, '2026-02-28' as LocalDate))
    expect(s.makeupWorkdays).toBe(2)
  })

  it('gives month ranges including December and leap Februaries', () => {
    expect(monthRangeOf('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' })
    expect(monthRangeOf('2028-02').to).toBe('2028-02-29')
  })

  it('refuses a year the calendar does not cover', () => {
    expect(() => summariseDutyMonth('2031-01', [])).toThrow(/2031/)
  })
})
