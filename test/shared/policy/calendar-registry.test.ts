import { describe, expect, it } from 'vitest'
import type { LocalDate } from '../../../shared/domain/dates'
import {
  CalendarNoDataError,
  REGION_CODES,
  assessEligibility,
  calendarCoverage,
  dayInfo,
  explainEligibility,
  explainSubsidy,
  computeSubsidy,
  listMatters,
  listProfiles,
  profileFor,
  type CenterSettings,
} from '../../../shared/policy'

const d = (s: string) => s as LocalDate

describe('calendar', () => {
  it('knows 2026 National Day, Spring Festival and their make-up workdays', () => {
    expect(dayInfo(d('2026-10-01'))).toMatchObject({ kind: 'holiday', working: false, holidayName: '国庆节' })
    expect(dayInfo(d('2026-10-10'))).toMatchObject({ kind: 'makeup-workday', working: true })
    expect(dayInfo(d('2026-02-14'))).toMatchObject({ kind: 'makeup-workday', working: true, holidayName: '春节' })
    expect(dayInfo(d('2026-02-23'))).toMatchObject({ kind: 'holiday', working: false })
    expect(dayInfo(d('2026-03-07'))).toMatchObject({ kind: 'weekend', working: false })
    expect(dayInfo(d('2026-03-09'))).toMatchObject({ kind: 'workday', working: true })
  })

  it('reports the covered years and refuses a year without data instead of assuming no holidays', () => {
    const c = calendarCoverage()
    expect(c.years).toContain(2026)
    expect(c.years).not.toContain(c.lastYear + 1)
    expect(() => dayInfo(d(`${c.lastYear + 1}-01-01`))).toThrow(CalendarNoDataError)
  })

  it('does not depend on the host time zone (lookups are by date string)', () => {
    const before = process.env.TZ
    process.env.TZ = 'America/Los_Angeles'
    try {
      expect(dayInfo(d('2026-10-01')).kind).toBe('holiday')
      expect(dayInfo(d('2026-10-08')).kind).toBe('workday')
    } finally {
      process.env.TZ = before
    }
  })
})

describe('registry and settings by date', () => {
  it('picks the latest profile effective on or before the date, never today', () => {
    const p22 = profileFor('nei-mongol', d('2022-12-31'))
    const p23 = profileFor('nei-mongol', d('2023-01-01'))
    expect(p22.ok && p22.value.id).toBe('nei-mongol@2022-01-01')
    expect(p23.ok && p23.value.id).toBe('nei-mongol@2023')
    const none = profileFor('xizang', d('2021-06-01'))
    expect(none.ok).toBe(false)
  })

  it('lets a center record the confirmed start date of 内政发〔2023〕7号', () => {
    const settings: CenterSettings = {
      entries: [
        {
          key: 'profile.effectiveFrom',
          region: 'nei-mongol',
          value: { profileId: 'nei-mongol@2023', date: d('2023-04-15') },
          source: '测试：核实的印发日期',
          effectiveFrom: d('2023-04-15'),
        },
      ],
    }
    const before = profileFor('nei-mongol', d('2023-04-14'), settings)
    const after = profileFor('nei-mongol', d('2023-04-15'), settings)
    expect(before.ok && before.value.id).toBe('nei-mongol@2022-01-01')
    expect(after.ok && after.value.id).toBe('nei-mongol@2023')
    expect(after.ok && after.value.effectiveFromUnconfirmed).toBe(false)
  })

  it('every matter of every profile has a code, a Chinese name and at least one citation', () => {
    for (const region of REGION_CODES) {
      for (const p of listProfiles(region)) {
        const codes = p.matters.map((m) => m.code)
        expect(new Set(codes).size).toBe(codes.length)
        for (const m of p.matters) {
          expect(m.name).toMatch(/[\u4e00-\u9fff]/)
          expect(m.citations.length).toBeGreaterThan(0)
          for (const c of m.citations) expect(c.doc && c.clause).toBeTruthy()
        }
      }
    }
  })

  it('layers regional additions on the national base', () => {
    const national = listMatters('national', d('2026-03-02'))
    const nanning = listMatters('nanning', d('2026-03-02'))
    const xizang = listMatters('xizang', d('2026-03-02'))
    if (!national.ok || !nanning.ok || !xizang.ok) throw new Error('no profile')
    const base = national.value.matters.map((m) => m.code)
    for (const code of base) {
      expect(nanning.value.matters.map((m) => m.code)).toContain(code)
      expect(xizang.value.matters.map((m) => m.code)).toContain(code)
    }
    expect(nanning.value.matters.filter((m) => m.addedBy === 'nanning')).toHaveLength(31)
    expect(xizang.value.matters.filter((m) => m.addedBy === 'xizang')).toHaveLength(7)
  })
})

describe('explanations', () => {
  it('explains an ineligible decision clause by clause in Chinese, with the right to object', () => {
    const r = assessEligibility({
      region: 'nei-mongol',
      receivedOn: d('2026-03-02'),
      caseType: 'civil',
      matter: 'pension',
      applicant: { residence: 'urban' },
      income: { householdMonthlyIncomeFen: 500000 as never, householdSize: 1 },
      settings: { hardshipMonthlyPerCapitaFen: 198000 as never },
    })
    if (!r.ok) throw new Error(r.error.message)
    const e = explainEligibility(r.value)
    expect(e.summary).toContain('不符合法律援助条件')
    expect(e.text).toContain('【经济困难】不符合')
    expect(e.text).toContain('内政发〔2023〕7号')
    expect(e.text).toContain('异议')
  })

  it('explains a subsidy calculation step by step', () => {
    const r = computeSubsidy({ region: 'nei-mongol', kind: 'criminal', decidedOn: d('2026-03-09'), qualityGrade: 'excellent' })
    if (!r.ok) throw new Error(r.error.message)
    const e = explainSubsidy(r.value)
    expect(e.summary).toContain('¥1,600.00')
    expect(e.text).toContain('系统默认公式')
    // The steps a clerk reads give amounts in yuan, never as raw fen.
    expect(r.value.steps.join('\n')).toMatch(/¥1,600\.00/)
    for (const step of r.value.steps) expect(step).not.toMatch(/\d\s*分/)
  })

  it('states approved and pending extras and a duty lawyer’s days in yuan', () => {
    const duty = computeSubsidy({ region: 'nei-mongol', kind: 'duty-lawyer', decidedOn: d('2026-03-09'), qualityGrade: 'pass', dutyDays: 3 })
    if (!duty.ok) throw new Error(duty.error.message)
    expect(duty.value.steps.some((s) => /¥[\d,]+\.\d\d\/工作日 × 3 个工作日 = ¥[\d,]+\.\d\d/.test(s))).toBe(true)
    const extras = computeSubsidy({
      region: 'nei-mongol',
      kind: 'criminal',
      decidedOn: d('2026-03-09'),
      qualityGrade: 'pass',
      extras: [
        { reason: 'off-site-evidence', amountFen: 30_000 as never, approvedBy: '赵主任' },
        { reason: 'complex', amountFen: 12_345 as never, approvedBy: null },
      ],
    })
    if (!extras.ok) throw new Error(extras.error.message)
    const text = [...extras.value.steps, ...extras.value.extras.map((x) => x.note)].join('\n')
    expect(text).toContain('增加 ¥300.00，已由 赵主任 核准，计入 ¥300.00')
    expect(text).toContain('增加 ¥123.45，待')
    expect(text).not.toMatch(/\d\s*分/)
  })
})
