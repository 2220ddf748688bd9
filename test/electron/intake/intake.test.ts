import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CaseFile, CaseListRow } from '../../../shared/cases/case-file'
import type { CreatedApplication } from '../../../shared/intake/dto'
import type { Page } from '../../../shared/ipc/page'
import type { Result } from '../../../shared/ipc/result'
import { CLERK, countRows, makeResidentId, makeTestServices, validApplication, type TestServices } from '../../kit/services'
import { value } from '../../kit/call'

let s: TestServices
beforeEach(async () => {
  s = await makeTestServices()
})
afterEach(async () => {
  await s.dispose()
})

const create = (input: unknown) => s.dispatch('application:create', input, CLERK) as Promise<Result<CreatedApplication>>
const search = (input: unknown) => s.dispatch('case:search', input, CLERK) as Promise<Result<Page<CaseListRow>>>


describe('application registration on a real store', () => {
  it('refuses to register before the center is set up, and saves nothing', async () => {
    const bare = await makeTestServices({ configure: false })
    try {
      const before = countRows(bare)
      const r = await bare.dispatch('application:create', validApplication(), CLERK)
      expect(r.ok).toBe(false)
      if (!r.ok) {
        expect(r.error.code).toBe('NOT_CONFIGURED')
        expect(r.error.message).toContain('设置')
      }
      expect(countRows(bare)).toEqual(before)
    } finally {
      await bare.dispose()
    }
  })

  it('registers an application, numbers it and opens it as a case file', async () => {
    const created = value(await create(validApplication()))
    expect(created.caseNumber).toBe('2026-0001')
    const file = value((await s.dispatch('case:get', { id: created.id }, CLERK)) as Result<CaseFile>)
    expect(file.applicant.name).toBe('王芳')
    expect(file.applicant.birthDate).toBe('1980-03-15') // derived from the ID number
    expect(file.status).toBe('registered')
    expect(file.matterName).toBe('请求确认劳动关系或者支付劳动报酬')
    expect(file.sections.every((x) => x.built)).toBe(true)
    expect(file.sections.map((x) => x.key)).toContain('history')
    expect(file.events.map((e) => e.action)).toEqual(['application.create'])
    expect(file.events[0]!.actor).toBe('测试受理员')
  })

  it('numbers per receipt year: the first case of 2025 is 2025-0001', async () => {
    value(await create(validApplication()))
    const old = value(await create(validApplication({ receivedOn: '2025-12-30' })))
    expect(old.caseNumber).toBe('2025-0001')
    expect(value(await create(validApplication())).caseNumber).toBe('2026-0002')
  })

  it('never repeats or skips a number under concurrent registration, and a refused one gives its number back', async () => {
    const inputs = Array.from({ length: 40 }, (_, i) => {
      const a = validApplication({ name: `并发${i}`, idNumber: makeResidentId('19900101', 100 + i) }) as any
      if (i % 7 === 3) a.case.matter = 'not-a-real-matter' // refused by the service inside the flow
      return a
    })
    const results = await Promise.all(inputs.map((a) => create(a)))
    const okNumbers = results.filter((r) => r.ok).map((r) => (r as { value: CreatedApplication }).value.caseNumber)
    const refused = results.filter((r) => !r.ok)
    expect(refused.length).toBe(inputs.filter((_, i) => i % 7 === 3).length)
    expect(new Set(okNumbers).size).toBe(okNumbers.length)
    const seqs = okNumbers.map((n) => Number(n.split('-')[1])).sort((a, b) => a - b)
    expect(seqs).toEqual(Array.from({ length: okNumbers.length }, (_, i) => i + 1))
    expect(countRows(s).legal_case).toBe(okNumbers.length)
  })

  it('refuses a receipt date in the future with the field named, and saves nothing', async () => {
    const before = countRows(s)
    const r = await create(validApplication({ receivedOn: '2026-11-24' }))
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION')
      expect(r.error.details?.issues?.[0]?.path).toEqual(['intake', 'receivedOn'])
      expect(r.error.message).toMatch(/受理日期/)
    }
    expect(countRows(s)).toEqual(before)
  })

  it('refuses a bad ID number with a Chinese message on applicant.idNumber, and saves nothing', async () => {
    const before = countRows(s)
    const good = makeResidentId()
    const bad = good.slice(0, 17) + (good[17] === '1' ? '2' : '1')
    const r = await create(validApplication({ idNumber: bad }))
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION')
      const issue = r.error.details?.issues?.find((i) => i.path.join('.') === 'applicant.idNumber')
      expect(issue?.message).toMatch(/校验/)
    }
    expect(countRows(s)).toEqual(before)
  })

  it('links an application to the consultation it came from', async () => {
    const c = await s.dispatch(
      'consultation:create',
      { channel: 'hotline-12348', consultedOn: '2026-11-20', name: '王芳', topic: '拖欠工资', summary: '工地拖欠工资', adviceGiven: '可申请法律援助', referToApplication: true },
      CLERK,
    )
    const consultation = value(c) as { id: string }
    const created = value(await create({ ...validApplication(), consultationId: consultation.id }))
    const list = value((await s.dispatch('consultation:list', {}, CLERK)) as Result<Page<{ referredCaseId: string | null }>>)
    expect(list.rows[0]!.referredCaseId).toBe(created.id)
    const missing = await create({ ...validApplication(), consultationId: '00000000-0000-7000-8000-000000000000' })
    expect(missing.ok).toBe(false)
  })
})

describe('case search', () => {
  beforeEach(async () => {
    value(await create(validApplication({ name: '王芳', idNumber: makeResidentId('19800315', 124), phone: '13912345678', opposingParty: '某建筑工程有限公司' })))
    value(await create(validApplication({ name: '李建国', idNumber: makeResidentId('19751201', 331), phone: '13800001111', opposingParty: '张三' })))
    value(await create(validApplication({ name: '单田芳', idNumber: makeResidentId('19600505', 442), phone: '13700002222', opposingParty: '某运输公司' })))
  })

  const names = async (q: string, extra: Record<string, unknown> = {}) =>
    value(await search({ q, ...extra })).rows.map((r) => r.applicantName).sort()

  it('finds by name prefix from the first keystroke', async () => {
    expect(await names('王')).toEqual(['王芳'])
    expect(await names('李建')).toEqual(['李建国'])
  })
  it('finds by pinyin initials and full pinyin, with surname readings', async () => {
    expect(await names('wf')).toEqual(['王芳'])
    expect(await names('ljg')).toEqual(['李建国'])
    expect(await names('stf')).toEqual(['单田芳']) // 单 as a surname is shan, not dan
    expect(await names('shantian')).toEqual(['单田芳'])
    expect(await names('wangf')).toEqual(['王芳'])
  })
  it('finds by an ID number fragment, a phone fragment and the case number', async () => {
    const id = makeResidentId('19751201', 331)
    expect(await names(id.slice(-6))).toEqual(['李建国'])
    expect(await names('0001111')).toEqual(['李建国'])
    expect(await names('2026-0003')).toEqual(['单田芳'])
    expect(await names('2026-')).toHaveLength(3)
  })
  it('finds by the opposing party', async () => {
    expect(await names('张三')).toEqual(['李建国'])
    expect(await names('运输公司')).toEqual(['单田芳'])
  })
  it('filters by status, type and date range and pages', async () => {
    expect(await names('', { caseType: ['criminal'] })).toEqual([])
    expect(await names('', { receivedFrom: '2026-11-21' })).toEqual([])
    const page = value(await search({ pageSize: 10 }))
    expect(page.total).toBe(3)
    expect(page.rows[0]!.idNumberMasked).not.toContain(makeResidentId('19600505', 442).slice(6, 14))
  })
  it('treats FTS syntax in the query as plain text', async () => {
    expect((await search({ q: '"王" OR *' })).ok).toBe(true)
    expect(await names('"ab"cd')).toEqual([])
  })
})
