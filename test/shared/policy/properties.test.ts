import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, type LocalDate } from '../../../shared/domain/dates'
import { asFen } from '../../../shared/domain/money'
import {
  QUALITY_GRADES,
  addWorkingDays,
  computePeriod,
  computeSubsidy,
  isWorkingDay,
  type SubsidyKind,
} from '../../../shared/policy'

/** Dates whose periods stay inside the calendar's covered years (2022–2026). */
const coveredDate = fc.integer({ min: 0, max: 365 * 4 + 300 }).map((n) => addDays('2022-01-01' as LocalDate, n))
const grade = fc.constantFrom(...QUALITY_GRADES)
const kind = fc.constantFrom<SubsidyKind>('criminal', 'civil', 'administrative', 'death-penalty-second-instance')

describe('subsidy properties', () => {
  it('without approved extras the total stays within the document range (内蒙古)', () => {
    fc.assert(
      fc.property(
        kind,
        grade,
        fc.integer({ min: 1, max: 5 }).chain((total) => fc.tuple(fc.integer({ min: 0, max: total }), fc.constant(total))),
        fc.array(fc.record({ reason: fc.constantFrom('off-site-evidence' as const, 'complex' as const), amountFen: fc.integer({ min: 1, max: 1_000_000 }) })),
        (k, g, [covered, total], extras) => {
          const r = computeSubsidy({
            region: 'nei-mongol',
            kind: k,
            decidedOn: '2026-03-09' as LocalDate,
            qualityGrade: g,
            stagesCovered: covered,
            stagesTotal: total,
            extras: extras.map((e) => ({ reason: e.reason, amountFen: asFen(e.amountFen), approvedBy: null })),
          })
          if (!r.ok) throw new Error(r.error.message)
          expect(r.value.totalFen).toBeGreaterThanOrEqual(r.value.rangeFen.min)
          expect(r.value.totalFen).toBeLessThanOrEqual(r.value.rangeFen.max)
          expect(Number.isInteger(r.value.totalFen)).toBe(true)
          expect(r.value.extrasFen).toBe(0)
          expect(r.value.needsApproval).toBe(extras.length > 0)
        },
      ),
    )
  })

  it('with any center range the total is within [min, max] × days for duty lawyers and only approved extras add', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 0, max: 500_000 }),
        grade,
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.record({ amountFen: fc.integer({ min: 1, max: 100_000 }), approved: fc.boolean() }), { maxLength: 4 }),
        (a, b, g, days, extras) => {
          const min = Math.min(a, b)
          const max = Math.max(a, b)
          const r = computeSubsidy({
            region: 'xizang',
            kind: 'duty-lawyer',
            decidedOn: '2026-03-09' as LocalDate,
            qualityGrade: g,
            dutyDays: days,
            extras: extras.map((e) => ({ reason: 'complex' as const, amountFen: asFen(e.amountFen), approvedBy: e.approved ? '负责人' : null })),
            settings: { rangeFen: { min: asFen(min), max: asFen(max) }, formula: { roundTo: 'fen' } },
          })
          if (!r.ok) throw new Error(r.error.message)
          const approved = extras.filter((e) => e.approved).reduce((s, e) => s + e.amountFen, 0)
          expect(r.value.extrasFen).toBe(approved)
          expect(r.value.baseFen).toBeGreaterThanOrEqual(min * days)
          expect(r.value.baseFen).toBeLessThanOrEqual(max * days)
          expect(r.value.totalFen).toBe(r.value.baseFen + approved)
        },
      ),
    )
  })
})

describe('deadline properties', () => {
  it('working-day periods never end on a non-working day', () => {
    fc.assert(
      fc.property(coveredDate, fc.integer({ min: 1, max: 30 }), (start, n) => {
        const r = computePeriod(start, n, 'working-days')
        if (!r.ok) throw new Error(r.error.message)
        expect(isWorkingDay(r.value.due)).toBe(true)
        expect(r.value.due > start).toBe(true)
      }),
    )
  })

  it('natural-day periods extended to the next working day end on a working day, never before the plain last day', () => {
    fc.assert(
      fc.property(coveredDate, fc.integer({ min: 0, max: 30 }), (start, n) => {
        const r = computePeriod(start, n, 'natural-days', 'next-working-day')
        if (!r.ok) throw new Error(r.error.message)
        expect(r.value.lastDay).toBe(addDays(start, n))
        expect(r.value.due >= r.value.lastDay).toBe(true)
        expect(isWorkingDay(r.value.due)).toBe(true)
        if (isWorkingDay(r.value.lastDay)) expect(r.value.due).toBe(r.value.lastDay)
      }),
    )
  })

  it('adding working days one at a time equals adding them at once', () => {
    fc.assert(
      fc.property(coveredDate, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), (start, a, b) => {
        expect(addWorkingDays(addWorkingDays(start, a), b)).toBe(addWorkingDays(start, a + b))
      }),
    )
  })
})
