import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { LocalDate } from '../../../shared/domain/dates'
import { runPolicyCli } from '../../../shared/policy/cli'

const ROOT = resolve(__dirname, '../../..')
const TODAY = '2026-03-02' as LocalDate

const eligibility = {
  region: 'nei-mongol',
  receivedOn: '2026-03-02',
  caseType: 'civil',
  matter: 'labour-relation-or-pay',
  applicant: { birthDate: '1950-05-01', residence: 'urban', disability: [], cannotFullyRecognizeOwnConduct: false, groups: [] },
  circumstances: [],
  income: { householdMonthlyIncomeFen: 120000, householdSize: 3 },
  settings: { hardshipMonthlyPerCapitaFen: 198000 },
}

function run(args: string[], input: unknown) {
  const out = runPolicyCli(args, typeof input === 'string' ? input : JSON.stringify(input), TODAY)
  return { code: out.exitCode, json: JSON.parse(out.stdout) as Record<string, any> }
}

describe('policy CLI (in process)', () => {
  it('eligibility: required fields with the contract names', () => {
    const { code, json } = run(['eligibility'], eligibility)
    expect(code).toBe(0)
    expect(json.outcome).toBe('eligible')
    expect(json.inScope).toBe(true)
    expect(json.hardship).toMatchObject({ required: true, met: true, exemptReason: null })
    expect(json.lawyerMinYears).toBeNull()
    expect(json.decideBy).toBe('2026-03-09')
    expect(json.basis).toContainEqual({ doc: '内政发〔2023〕7号', clause: '三（三）' })
  })

  it('invalid input → exit 2, VALIDATION, Chinese message and path', () => {
    const { code, json } = run(['eligibility'], { ...eligibility, receivedOn: '2026-13-01' })
    expect(code).toBe(2)
    expect(json.error.code).toBe('VALIDATION')
    expect(json.error.path).toEqual(['receivedOn'])
    expect(json.error.message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('unknown enum value and not-JSON input → exit 2 in Chinese', () => {
    const a = run(['eligibility'], { ...eligibility, region: 'beijing' })
    expect(a.code).toBe(2)
    expect(a.json.error.path).toEqual(['region'])
    expect(a.json.error.message).toContain('地区代码')
    const b = run(['subsidy'], '{not json')
    expect(b.code).toBe(2)
    expect(b.json.error.message).toContain('JSON')
  })

  it('missing setting → exit 3 NOT_CONFIGURED naming the setting', () => {
    const { settings: _drop, ...noSettings } = eligibility
    const { code, json } = run(['eligibility'], noSettings)
    expect(code).toBe(3)
    expect(json.error.code).toBe('NOT_CONFIGURED')
    expect(json.error.setting).toBe('hardship.minimumWageMonthlyFen')
    expect(json.error.message).toContain('hardship.minimumWageMonthlyFen')
  })

  it('subsidy: contract example shape; Tibet without amounts → exit 3', () => {
    const ok = run(['subsidy'], {
      region: 'nei-mongol',
      kind: 'criminal',
      decidedOn: '2026-03-09',
      qualityGrade: 'good',
      dutyDays: 0,
      extras: [{ reason: 'off-site-evidence', amountFen: 30000, approvedBy: null }],
      settings: {},
    })
    expect(ok.code).toBe(0)
    expect(ok.json).toMatchObject({ rangeFen: { min: 80000, max: 160000 }, baseFen: 120000, extrasFen: 0, totalFen: 120000, needsApproval: true })
    expect(ok.json.basis).toContainEqual({ doc: '内政发〔2023〕7号', clause: '二（二）' })
    const nc = run(['subsidy'], { region: 'xizang', kind: 'duty-lawyer', decidedOn: '2026-03-09', qualityGrade: 'good', dutyDays: 2 })
    expect(nc.code).toBe(3)
    expect(nc.json.error).toMatchObject({ code: 'NOT_CONFIGURED', setting: 'subsidy.duty-lawyer' })
  })

  it('matters lists codes with Chinese names for the date given', () => {
    const { code, json } = run(['matters', 'nanning', '--on', '2026-03-02'], '')
    expect(code).toBe(0)
    expect(json.matters.find((m: { code: string }) => m.code === 'nn-inheritance').name).toBe('继承')
  })

  it('unknown command → exit 2 with usage', () => {
    const { code, json } = run(['frobnicate'], '')
    expect(code).toBe(2)
    expect(json.error.message).toContain('用法')
  })
})

describe('policy CLI (spawned with tsx)', () => {
  const spawn = (args: string[], input: string) =>
    spawnSync('npx', ['tsx', 'scripts/policy-cli.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 })

  it('eligibility via stdin → exit 0 with JSON', () => {
    const r = spawn(['eligibility'], JSON.stringify(eligibility))
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout).outcome).toBe('eligible')
  })

  it('invalid input → exit 2; missing setting → exit 3', () => {
    const bad = spawn(['eligibility'], JSON.stringify({ ...eligibility, caseType: 'family' }))
    expect(bad.status).toBe(2)
    expect(JSON.parse(bad.stdout).error.code).toBe('VALIDATION')
    const { settings: _drop, ...noSettings } = eligibility
    const nc = spawn(['eligibility'], JSON.stringify({ ...noSettings, applicant: { ...noSettings.applicant, residence: 'rural' } }))
    expect(nc.status).toBe(3)
    expect(JSON.parse(nc.stdout).error.setting).toBe('hardship.ruralDisposableIncomeAnnualPerCapitaFen')
  })
})
